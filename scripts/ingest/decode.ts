import { codePoint } from './code-point.ts';
import { SourceError } from './problem.ts';
import { positionIn } from './text-position.ts';
import { firstIllFormed } from './utf8.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const BOM = [0xef, 0xbb, 0xbf];
/**
 * The byte-order marks of UTF-16, in which Windows editors save "Unicode" text. Its bytes are not
 * UTF-8 from the first one, and the error for a stray Windows-1252 byte would send the editor
 * looking for a curly quote.
 */
const UTF16_BOMS: readonly { bytes: readonly number[]; order: string }[] = [
  { bytes: [0xff, 0xfe], order: 'little-endian' },
  { bytes: [0xfe, 0xff], order: 'big-endian' },
];

/**
 * Documents saved among the sources in place of their text, by the bytes they start with. Their
 * bytes would otherwise be reported as a control character to delete, or, for RTF, which is
 * ASCII, be published as a headline of markup.
 */
const DOCUMENTS: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a zipped document (Word .docx, OpenDocument .odt or a .zip)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Word (.doc) document' },
  { bytes: [...'%PDF-'].map((c) => c.charCodeAt(0)), kind: 'a PDF' },
  { bytes: [...'{\\rtf'].map((c) => c.charCodeAt(0)), kind: 'rich text (RTF)' },
];

// C0 controls other than tab, line breaks and form feed never occur in real prose.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;
// Code points Unicode keeps out of text, and which XML (the feeds, the GraphML) cannot hold.
const NONCHARACTER = /[\uFFFE\uFFFF]/;

/** The C0 controls' short names, by code point, so a message names the character an editor may show. */
const CONTROL_NAMES = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');

/**
 * Bytes → text: strict UTF-8, BOM dropped, CRLF, lone CR and form feed (a page break in text pasted
 * from a document; XML cannot hold it) turned into LF. Empty, whitespace-only and binary files are
 * errors, which give the byte offset, line and column of the first character at fault.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new SourceError({ message: 'the file is empty', hint: 'paste the article text into it, or delete it' });
  }
  const utf16 = UTF16_BOMS.find((bom) => startsWith(bytes, bom.bytes));
  if (utf16) {
    throw new SourceError({
      message: `UTF-16 text (${utf16.order}, as its first two bytes ${utf16.bytes.map(hex).join(' ')} say), not UTF-8 as sources must be`,
      line: 1,
      hint: 'save the article again as UTF-8 (in Notepad: File › Save as, Encoding: UTF-8)',
    });
  }
  const document = DOCUMENTS.find((doc) => startsWith(bytes, doc.bytes));
  if (document) {
    throw new SourceError({
      message: `${document.kind}, not plain text`,
      line: 1,
      hint: 'open it, copy the article (headline, dateline and text) into a plain-text file saved as UTF-8, and put that file here in its place',
    });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstIllFormed(bytes);
    // The prefix is well-formed up to `bad`, so it decodes; its BOM, dropped, takes no column.
    const before = utf8.decode(bytes.subarray(0, bad));
    throw new SourceError({
      message: `not UTF-8 text (binary or another encoding): byte ${hex(bytes[bad]!)} at byte offset ${bad} starts no UTF-8 character`,
      ...positionIn(before, before.length),
      hint: 'save the article as plain UTF-8 text (a curly quote saved as Windows-1252 is one such byte)',
    });
  }
  const byteOffset = (index: number): number => (startsWithBom(bytes) ? BOM.length : 0) + new TextEncoder().encode(text.slice(0, index)).length;
  const control = text.search(CONTROL);
  if (control >= 0) {
    const code = text.charCodeAt(control);
    const count = text.match(CONTROL)!.length;
    throw new SourceError({
      message: `not text: control character ${codePoint(code)} (${CONTROL_NAMES[code]}) at byte offset ${byteOffset(control)}, which plain text does not hold (${count} in the file)`,
      ...positionIn(text, control),
      hint: mendControl(code),
    });
  }
  const nonCharacter = text.search(NONCHARACTER);
  if (nonCharacter >= 0) {
    throw new SourceError({
      message: `not text: contains ${codePoint(text.charCodeAt(nonCharacter))} at byte offset ${byteOffset(nonCharacter)}, a code point Unicode keeps out of text`,
      ...positionIn(text, nonCharacter),
      hint: 'the file is damaged or not text; save the article again as plain UTF-8 text',
    });
  }
  text = text.replace(/\r\n?|\f/g, '\n');
  if (text.trim() === '') {
    throw new SourceError({ message: 'the file is empty (whitespace only)', hint: 'paste the article text into it, or delete it' });
  }
  return text;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

const startsWithBom = (bytes: Uint8Array): boolean => startsWith(bytes, BOM);

const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0')}`;

/** How to mend the text where a control character stands: what it most likely stood for there. */
function mendControl(code: number): string {
  // Word writes a line break within a paragraph (Shift+Enter) as VT, and it survives a copy.
  if (code === 0x0b) return 'replace it with a line break where it ends a line, or with a space where it stands between words';
  // ASCII saved as UTF-16 is every other byte NUL; so is much of a binary file.
  if (code === 0x00) return 'if the file is UTF-16 (a NUL between each letter) or binary, save the article as plain UTF-8 text; a stray NUL, delete it';
  return 'delete it: it stands for nothing in text, and shows as a box or not at all';
}
