import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** The widget pins global.css's light or dark tokens; a colour changed in one place must change in both. */
const styles = join(import.meta.dirname, '..', '..', '..', 'src', 'styles');
const globalCss = readFileSync(join(styles, 'global.css'), 'utf8');
const embedCss = readFileSync(join(styles, 'embed.css'), 'utf8');

const tokens = (block: string): Map<string, string> => new Map([...block.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));

const blockAfter = (css: string, marker: string): string => {
  const start = css.indexOf(marker);
  assert.notEqual(start, -1, `no ${marker}`);
  const open = css.indexOf('{', start + marker.length);
  return css.slice(open, css.indexOf('}', open));
};

describe('widget themes', () => {
  const light = tokens(blockAfter(globalCss, ':root'));
  const dark = tokens(blockAfter(globalCss, '@media (prefers-color-scheme: dark)'));
  const colours = [...dark.keys()];

  it('knows the site’s colour tokens', () => assert.ok(colours.length >= 8));

  for (const [theme, expected] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`pins the ${theme} tokens exactly`, () => {
      const pinned = tokens(blockAfter(embedCss, `:root[data-theme='${theme}']`));
      assert.deepEqual(new Map(colours.map((c) => [c, pinned.get(c)])), new Map(colours.map((c) => [c, expected.get(c)])));
    });
  }
});
