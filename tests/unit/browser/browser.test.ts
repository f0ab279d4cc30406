import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { locateBrowser } from '../../../scripts/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'browser-'));
const saved = process.env['CHROMIUM_PATH'];
after(() => {
  rmSync(work, { recursive: true, force: true });
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('locateBrowser', () => {
  it('takes CHROMIUM_PATH when it names a file this process may run', () => {
    const binary = join(work, 'chromium');
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o755);
    process.env['CHROMIUM_PATH'] = binary;
    assert.equal(locateBrowser(), binary);
  });

  it('refuses a CHROMIUM_PATH that is a folder or not executable, naming it and saying what to do', () => {
    const plain = join(work, 'not-executable');
    writeFileSync(plain, '');
    for (const path of [work, plain, join(work, 'missing')]) {
      process.env['CHROMIUM_PATH'] = path;
      assert.throws(() => locateBrowser(), { message: `CHROMIUM_PATH=${path} is not an executable file. Point it at a Chromium binary or unset it.` });
    }
  });
});
