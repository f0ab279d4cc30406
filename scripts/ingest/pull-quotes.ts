import { getOrCreate } from '../../src/lib/get-or-create.ts';

/** Pull quotes are short; the bound also keeps the index small. */
export const MAX_PULL_QUOTE = 120;
export const KEY_WORDS = 3;

export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/["“”'‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const keyOf = (normalised: string): string => normalised.split(' ', KEY_WORDS).join(' ');

/**
 * Indexes of short paragraphs that repeat the opening of a sentence in a longer paragraph:
 * the excerpt a page sets in large type. A sentence is looked up by its first words, then by its
 * openings as long as a candidate that starts with them, so the cost stays linear in the text
 * however many short paragraphs share their first words (a list of them per key made 32,000 such
 * paragraphs, 2 MB, take 10 s).
 */
export function findPullQuotes(paragraphs: readonly string[]): Set<number> {
  const byText = new Map<string, number[]>();
  const lengthsByKey = new Map<string, Set<number>>();
  paragraphs.forEach((p, index) => {
    if (p.length > MAX_PULL_QUOTE) return;
    const text = normalise(p);
    if (text.split(' ').length < KEY_WORDS || /[.!?:]$/.test(text)) return;
    getOrCreate(byText, text, () => []).push(index);
    getOrCreate(lengthsByKey, keyOf(text), () => new Set()).add(text.length);
  });
  const found = new Set<number>();
  // Most articles have no short paragraph: the long ones need not be normalised at all.
  if (byText.size === 0) return found;
  for (const text of paragraphs.map(normalise)) {
    for (const start of sentenceStarts(text)) {
      const rest = text.slice(start);
      for (const length of lengthsByKey.get(keyOf(rest)) ?? []) {
        // A pull quote is at most half as long as the paragraph it repeats, so never that paragraph.
        if (2 * length > text.length || length > rest.length) continue;
        const opening = rest.slice(0, length);
        for (const index of byText.get(opening) ?? []) found.add(index);
        // Found once is enough: a text that many short paragraphs share is not gone through again.
        byText.delete(opening);
      }
    }
  }
  return found;
}

export function* sentenceStarts(text: string): Generator<number> {
  yield 0;
  for (const match of text.matchAll(/[.!?] /g)) yield match.index + 2;
}
