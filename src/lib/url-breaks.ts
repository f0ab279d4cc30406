/**
 * An address cut into the pieces a line may break between: after each `/`, `.`, `-`, `_`, `?`,
 * `&` or `=` (never between two slashes), so a printed address breaks where a reader would, not
 * inside a word; a piece too long for a line still breaks where it must (overflow-wrap).
 */
export function urlPieces(url: string): string[] {
  return url.split(/(?<=[/.\-_?&=])(?!\/)/u);
}
