/**
 * `text` on one line, whole when it fits in `max` characters; otherwise cut after the last whole
 * word that fits, with an ellipsis, so it never ends mid-word.
 */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  // One character more than fits beside the ellipsis: a space there ends a word that fits whole.
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  // When the last whole word ends in the first half, the text is cut through rather than left almost empty.
  const kept = space > head.length / 2 ? head.slice(0, space) : chars.slice(0, max - 1).join('');
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}
