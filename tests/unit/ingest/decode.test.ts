import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decode } from '../../../scripts/ingest/decode.ts';
import { formatProblem, SourceError, type Problem } from '../../../scripts/ingest/problem.ts';
import { firstIllFormed } from '../../../scripts/ingest/utf8.ts';

const encode = (text: string): number[] => [...new TextEncoder().encode(text)];

/** The problem decode() reports for these bytes. */
function problemOf(input: number[]): Problem {
  try {
    decode(new Uint8Array(input));
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
  assert.fail('decoded without an error');
}

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
  it('names UTF-16 by its byte-order mark, with how to save the file as UTF-8', () => {
    const text = 'Judul\nSenin, 21 November 2022\n';
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])];
    assert.deepEqual(problemOf(le), {
      message: 'UTF-16 text (little-endian, as its first two bytes 0xff 0xfe say), not UTF-8 as sources must be',
      line: 1,
      hint: 'save the article again as UTF-8 (in Notepad: File › Save as, Encoding: UTF-8)',
    });
    assert.match(problemOf([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]).message, /^UTF-16 text \(big-endian, as its first two bytes 0xfe 0xff say\)/);
  });
  it('refuses binary that happens to be valid UTF-8', fails([0, 1, 2, 3, 0x41, 0x42], /not text/));
  it('names a document saved in place of its text by what it is, and says to copy the article into a text file', () => {
    const kinds: [number[], string][] = [
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], 'a zipped document (Word .docx, OpenDocument .odt or a .zip), not plain text'],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Word (.doc) document, not plain text'],
      [encode('%PDF-1.7\n'), 'a PDF, not plain text'],
      [encode('{\\rtf1\\ansi Anies Berbicara di Casablanca}'), 'rich text (RTF), not plain text'],
    ];
    for (const [bytes, message] of kinds) {
      const problem = problemOf(bytes);
      assert.equal(problem.message, message);
      assert.match(problem.hint ?? '', /plain-text file saved as UTF-8/);
    }
  });
  it('names the line and byte of the first thing that is not UTF-8', () => {
    // "Judul\nIsi\nIa berkata, “Kami siap”" with the quotes saved as Windows-1252 (0x93, 0x94).
    const bytes = new Uint8Array([...new TextEncoder().encode('Judul\nIsi\nIa berkata, '), 0x93, ...new TextEncoder().encode('Kami siap'), 0x94]);
    assert.throws(
      () => decode(bytes),
      (e: unknown) => e instanceof SourceError && e.problem.line === 3 && /byte 0x93/.test(e.message) && /Windows-1252/.test(e.problem.hint ?? ''),
    );
  });
  it('gives the byte offset where the bad sequence starts, and the line and column of the character there', () => {
    // "São" takes 4 bytes for 3 characters; the BOM is a byte offset but no column; CRLF is one line break.
    const problem = problemOf([0xef, 0xbb, 0xbf, ...encode('Judul\r\nSão '), 0x93, ...encode('x')]);
    assert.match(problem.message, /byte 0x93 at byte offset 15\b/);
    assert.deepEqual([problem.line, problem.column], [2, 5]);
    assert.equal(formatProblem('a.txt', problem).split(': ')[0], 'a.txt:2:5');
  });
  it('points at the start of a cut-off sequence, not at the byte after it', () => {
    // E2 80 starts a three-byte character that "(" cannot continue; at the end of the file, nothing does.
    for (const [input, offset] of [[[...encode('ab'), 0xe2, 0x80, ...encode('(c')], 2], [[...encode('ab\ncd'), 0xe2, 0x80], 5]] as const) {
      const problem = problemOf([...input]);
      assert.match(problem.message, new RegExp(`byte 0xe2 at byte offset ${offset}\\b`));
      assert.equal(problem.column, 3);
    }
  });
  it('names a control character by its code point, with its place and how to mend it', () => {
    const problem = problemOf(encode('Judul\n\nTeks baris satu\u000bbaris dua.\u000b\n'));
    assert.match(problem.message, /U\+000B \(VT\) at byte offset 22\b/);
    assert.match(problem.message, /2 in the file/);
    assert.deepEqual([problem.line, problem.column], [3, 16]);
    assert.match(problem.hint ?? '', /replace it with a line break/);
    assert.match(problem.hint ?? '', /a space/);
  });
  it('says to delete a control character that stands for nothing in text, and to re-save a file of NULs', () => {
    const bell = problemOf(encode('Judul\nTeks\u0007.\n'));
    assert.match(bell.message, /U\+0007 \(BEL\)/);
    assert.match(bell.hint ?? '', /^delete it/);
    assert.deepEqual([bell.line, bell.column], [2, 5]);
    assert.match(problemOf(encode('J\u0000u\u0000d\u0000')).hint ?? '', /UTF-16.*save the article as plain UTF-8 text/);
  });
  it('places a noncharacter by line, column and byte offset too', () => {
    const problem = problemOf(encode('Judul\n\u00e9\uFFFF'));
    assert.match(problem.message, /U\+FFFF at byte offset 8\b/);
    assert.deepEqual([problem.line, problem.column], [2, 2]);
  });
});

describe('firstIllFormed', () => {
  it('is -1 exactly for the bytes a strict decoder accepts, else where the longest decodable prefix ends', () => {
    fc.assert(
      fc.property(fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 12 })).map(([text, b]) => (text ? new Uint8Array([...encode('é✓😀'), ...b]) : b)), (bytes) => {
        const at = firstIllFormed(bytes);
        const strict = (b: Uint8Array): boolean => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(b);
            return true;
          } catch {
            return false;
          }
        };
        if (at < 0) return strict(bytes);
        return !strict(bytes) && strict(bytes.subarray(0, at)) && ![1, 2, 3, 4].some((n) => at + n <= bytes.length && strict(bytes.subarray(0, at + n)));
      }),
      { numRuns: 5000 },
    );
  });
});
