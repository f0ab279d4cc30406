/** The labels' font size in SVG units, as graph.css sets it on every drawing. */
export const FONT_SIZE = 11;

/** Average advance of a character in the UI font, as a share of the font size. */
export const CHAR_WIDTH = 0.62;
