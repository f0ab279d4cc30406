/** Where a character stands, as an editor shows it: 1-based line, and 1-based column in characters (code points). */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * The position of `text[index]`. CRLF, a lone CR and LF each end a line, as in an editor; this runs
 * before decode() turns them all into LF.
 */
export function positionIn(text: string, index: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Counted as code points, so a character outside the BMP (an emoji) is one column, not two.
  return { line, column: [...text.slice(lineStart, index)].length + 1 };
}
