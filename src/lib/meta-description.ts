import { decodeHTML } from 'entities';
import { clipAtWord } from './clip-text.ts';

/** About what search engines and link previews show of a description before cutting it themselves. */
export const DESCRIPTION_LENGTH = 160;

/** A description cut after a whole word, so a preview never ends mid-word. */
export const clipDescription = (text: string, max = DESCRIPTION_LENGTH): string => clipAtWord(text, max);

/** The text of the first paragraph of rendered HTML, as a reader sees it; none when it has no words. */
export function firstParagraphText(html: string): string | undefined {
  const paragraph = /<p\b[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
  const text = paragraph === undefined ? '' : decodeHTML(paragraph.replace(/<[^>]*>/g, '')).trim();
  return text || undefined;
}
