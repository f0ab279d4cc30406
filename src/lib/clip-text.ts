/**
 * `text` on one line, whole when it fits in `max` characters; otherwise cut after the last whole
 * word that fits, with an ellipsis, so it never ends mid-word.
 */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const room = chars.slice(0, max - 1).join('');
  const space = room.lastIndexOf(' ');
  // A first word longer than half the room is cut through rather than leaving almost nothing.
  const kept = space > room.length / 2 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}
