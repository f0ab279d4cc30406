import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { palette } from '../../../src/lib/palette.ts';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

describe('the palette for images and the browser bar', () => {
  it('has the values of global.css, light and dark', () => {
    for (const [name, { light, dark }] of Object.entries(palette)) {
      const property = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      const declared = new RegExp(`${property}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(css);
      assert.ok(declared, `${property} is not declared in global.css`);
      assert.deepEqual([light, dark], [declared[1], declared[2]], property);
    }
  });
});
