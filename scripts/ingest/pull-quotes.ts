/** Pull quotes are short; the bound also keeps the index small. */
const MAX_PULL_QUOTE = 120;
const KEY_WORDS = 3;

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/["“”'‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const keyOf = (normalised: string): string => normalised.split(' ', KEY_WORDS).join(' ');

/**
 * Indexes of short paragraphs that repeat the opening of a sentence in a longer paragraph:
 * the excerpt a page sets in large type. Candidates are looked up by their first words, so the
 * cost stays linear in the text.
 */
export function findPullQuotes(paragraphs: readonly string[]): Set<number> {
  const candidates = new Map<string, { index: number; text: string }[]>();
  paragraphs.forEach((p, index) => {
    if (p.length > MAX_PULL_QUOTE) return;
    const text = normalise(p);
    if (text.split(' ').length < KEY_WORDS || /[.!?:]$/.test(text)) return;
    const key = keyOf(text);
    candidates.set(key, [...(candidates.get(key) ?? []), { index, text }]);
  });
  const found = new Set<number>();
  // Most articles have no short paragraph: the long ones need not be normalised at all.
  if (candidates.size === 0) return found;
  paragraphs.map(normalise).forEach((text, index) => {
    for (const start of sentenceStarts(text)) {
      const rest = text.slice(start);
      for (const candidate of candidates.get(keyOf(rest)) ?? []) {
        if (candidate.index !== index && text.length >= 2 * candidate.text.length && rest.startsWith(candidate.text)) {
          found.add(candidate.index);
        }
      }
    }
  });
  return found;
}

function* sentenceStarts(text: string): Generator<number> {
  yield 0;
  for (const match of text.matchAll(/[.!?] /g)) yield match.index + 2;
}
