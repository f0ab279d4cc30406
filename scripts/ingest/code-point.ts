/** A character as Unicode names its code point, "U+202E": how an editor's "insert character" finds it. */
export const codePoint = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
