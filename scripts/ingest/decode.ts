import { SourceError } from './problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// C0 controls other than tab, line breaks and form feed never occur in real prose: one is enough to call the file binary.
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;
// Code points Unicode keeps out of text, and which XML (the feeds, the GraphML) cannot hold.
const NONCHARACTER = /[\uFFFE\uFFFF]/;

/**
 * Bytes → text: strict UTF-8, BOM dropped, CRLF, lone CR and form feed (a page break in text pasted
 * from a document; XML cannot hold it) turned into LF. Empty, whitespace-only and binary files are errors.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new SourceError({ message: 'the file is empty', hint: 'paste the article text into it, or delete it' });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstNonUtf8Byte(bytes);
    const line = 1 + bytes.subarray(0, bad).filter((b) => b === 0x0a).length;
    throw new SourceError({
      message: `not UTF-8 text (binary or another encoding): byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} on this line is not UTF-8`,
      line,
      hint: 'save the article as plain UTF-8 text (a curly quote saved as Windows-1252 is one such byte)',
    });
  }
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (controls > 0) {
    throw new SourceError({
      message: `not text: contains ${controls} control character${controls === 1 ? '' : 's'} (NUL and the like), as a binary file does`,
      line: lineOf(text, text.search(BINARY_CONTROL)),
      hint: 'save the article as plain UTF-8 text',
    });
  }
  const nonCharacter = text.search(NONCHARACTER);
  if (nonCharacter >= 0) {
    throw new SourceError({
      message: `not text: contains U+${text.codePointAt(nonCharacter)!.toString(16).toUpperCase()}, a code point Unicode keeps out of text`,
      line: lineOf(text, nonCharacter),
      hint: 'the file is damaged or not text; save the article again as plain UTF-8 text',
    });
  }
  text = text.replace(/\r\n?|\f/g, '\n');
  if (text.trim() === '') {
    throw new SourceError({ message: 'the file is empty (whitespace only)', hint: 'paste the article text into it, or delete it' });
  }
  return text;
}

/** Where the first byte that is not UTF-8 is: the longest prefix that decodes ends there (only read when a file fails). */
function firstNonUtf8Byte(bytes: Uint8Array): number {
  const decodes = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let [good, bad] = [0, bytes.length];
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
