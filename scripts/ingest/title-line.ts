import { isProse } from './clean.ts';
import { tokenize } from './tokens.ts';

/**
 * Whether a source's first line is its headline again, beside the title its front matter gives: it
 * has every word of that title, in any case and with or without diacritics (a site's name may
 * stand beside them), and is no sentence. A first paragraph may hold a short title's words too,
 * but a headline does not end with a full stop.
 */
export function repeatsTitle(line: string, title: string): boolean {
  const titleWords = tokenize(title);
  if (titleWords.length === 0 || isProse(line)) return false;
  const words = new Set(tokenize(line).map((t) => t.folded));
  return titleWords.every((t) => words.has(t.folded));
}
