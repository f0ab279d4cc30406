/** A run of an excerpt's words, marked when Pagefind matched them to the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** How Pagefind splits a page's text into words (`word_separators` in its pagefind.js). */
const WORDS = /[^\S\uFEFF]+/;
const escapeAngles = (word: string) => word.replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Pagefind's excerpt is HTML that escapes `<` and `>` but not `&`, so a page that says "&lt;" or
 * "AT&amp;T" in so many characters would show "<" and "AT&T". Its words are the page's own words
 * in order, though: this finds them in `content` (the page's plain text) and returns them as text,
 * with Pagefind's marks. Should they not be there, the page's opening words stand in, unmarked.
 */
export function excerptParts(content: string, excerpt: string): ExcerptPart[] {
  const shown = excerpt.split(' ').map((word) => {
    const marked = /^<mark>(.*)<\/mark>$/s.exec(word);
    return { escaped: marked?.[1] ?? word, mark: Boolean(marked) };
  });
  const words = content.split(WORDS);
  const start = words.findIndex((_, at) => shown.every((word, i) => escapeAngles(words[at + i] ?? '') === word.escaped));
  if (start < 0) return [{ text: words.slice(0, shown.length).join(' ').trim(), mark: false }];
  const parts: ExcerptPart[] = [];
  const add = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  shown.forEach(({ mark }, i) => {
    // The space between two marked words is marked with them; any other space is not.
    if (i > 0) add(' ', mark && Boolean(shown[i - 1]?.mark));
    add(words[start + i] ?? '', mark);
  });
  return parts;
}
