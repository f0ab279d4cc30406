import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../../scripts/ingest/decode.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';

const fails = (input: number[] | string, pattern: RegExp) => () =>
  assert.throws(
    () => decode(typeof input === 'string' ? new TextEncoder().encode(input) : new Uint8Array(input)),
    (e: unknown) => e instanceof SourceError && pattern.test(e.message),
  );

describe('decode', () => {
  it('drops the BOM and turns CRLF, lone CR and form feed into LF', () => {
    assert.equal(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb\rc\fd\n')])), 'a\nb\nc\nd\n');
  });
  it('refuses the noncharacters XML cannot hold, naming the line', () => {
    for (const c of ['\uFFFE', '\uFFFF']) {
      assert.throws(() => decode(new TextEncoder().encode(`Judul\n\nTeks ${c} rusak.\n`)), (e: unknown) => e instanceof SourceError && /not text: contains U\+FFF[EF]/.test(e.message) && e.problem.line === 3);
    }
  });
  it('keeps non-ASCII text intact', () => assert.equal(decode(new TextEncoder().encode('São Paulo — مرحبا 🎉')), 'São Paulo — مرحبا 🎉'));
  it('refuses an empty file', fails([], /empty/));
  it('refuses a whitespace-only file', fails(' \n\t\r\n', /empty/));
  it('refuses invalid UTF-8', fails([0x4a, 0xff, 0xfe, 0x41], /not UTF-8/));
  it('refuses binary that happens to be valid UTF-8', fails([0, 1, 2, 3, 0x41, 0x42], /not text/));
  it('names the line and byte of the first thing that is not UTF-8', () => {
    // "Judul\nIsi\nIa berkata, “Kami siap”" with the quotes saved as Windows-1252 (0x93, 0x94).
    const bytes = new Uint8Array([...new TextEncoder().encode('Judul\nIsi\nIa berkata, '), 0x93, ...new TextEncoder().encode('Kami siap'), 0x94]);
    assert.throws(
      () => decode(bytes),
      (e: unknown) => e instanceof SourceError && e.problem.line === 3 && /byte 0x93/.test(e.message) && /Windows-1252/.test(e.problem.hint ?? ''),
    );
  });
});
