import type { SourceLine } from './clean.ts';
import { readDateline } from './dateline.ts';

/**
 * A warning naming the first paragraph of the cleaned text that reads as a dateline, or undefined
 * when none does. An article has one dateline, read off under its title; another one further down
 * is most often a second article, or the same one scraped again with changes, pasted below the
 * first, and the site would print it as a line of the text.
 */
export function strayDatelineWarning(paragraphs: readonly SourceLine[], datedFrom: number | undefined): string | undefined {
  const stray = paragraphs.find((p) => readDateline(p.text) !== null);
  if (!stray) return undefined;
  const dated = datedFrom === undefined ? 'the date comes from the front matter' : `the article is dated from line ${datedFrom}`;
  return `line ${stray.line}: "${stray.text}" reads as a dateline but is kept as a line of the text (${dated}); if another article starts there, move it to a file of its own, and if it belongs to the text, leave it`;
}
