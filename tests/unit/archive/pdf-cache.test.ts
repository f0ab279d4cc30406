import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PdfCache, pdfKey } from '../../../scripts/archive/pdf-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('the key of a printed PDF', () => {
  it('changes with any of its parts, with their order and with where one ends, and only then', () => {
    const parts = ['printer 1', new TextEncoder().encode('<html>a</html>'), 'body{}'];
    assert.equal(pdfKey(parts), pdfKey([...parts]));
    assert.notEqual(pdfKey(parts), pdfKey(['printer 2', ...parts.slice(1)]));
    assert.notEqual(pdfKey(parts), pdfKey([parts[0]!, new TextEncoder().encode('<html>b</html>'), parts[2]!]));
    assert.notEqual(pdfKey(parts), pdfKey([...parts].reverse()));
    assert.notEqual(pdfKey(['ab', 'c']), pdfKey(['a', 'bc']));
  });
});

describe('the PDF cache', () => {
  it('gives back a PDF under its key only, across runs, and forgets the ones a run did not ask for', () => {
    const dir = join(work, 'cache');
    const target = join(work, 'out.pdf');
    const first = new PdfCache(dir);
    first.store('k1', new TextEncoder().encode('%PDF en'));
    first.store('k2', new TextEncoder().encode('%PDF 2018'));
    first.prune();

    const second = new PdfCache(dir);
    assert.equal(second.restore('other key', target), false);
    assert.equal(existsSync(target), false);
    assert.equal(second.restore('k1', target), true);
    assert.equal(readFileSync(target, 'utf8'), '%PDF en');
    second.prune();

    assert.deepEqual(readdirSync(dir), ['k1.pdf'], 'only what the last run asked for is kept');
  });
});
