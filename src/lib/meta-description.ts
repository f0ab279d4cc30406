import { decodeHTML } from 'entities';

/** About what search engines and link previews show of a description before cutting it themselves. */
export const DESCRIPTION_LENGTH = 160;

/**
 * `text` on one line, whole when it fits in `max` characters; otherwise cut after the last whole
 * word that fits, with an ellipsis, so a preview never ends mid-word.
 */
export function clipDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const room = chars.slice(0, max - 1).join('');
  const space = room.lastIndexOf(' ');
  // A first word longer than half the room is cut through rather than leaving almost nothing.
  const kept = space > room.length / 2 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The text of the first paragraph of rendered HTML, as a reader sees it; none when it has no words. */
export function firstParagraphText(html: string): string | undefined {
  const paragraph = /<p\b[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
  const text = paragraph === undefined ? '' : decodeHTML(paragraph.replace(/<[^>]*>/g, '')).trim();
  return text || undefined;
}
