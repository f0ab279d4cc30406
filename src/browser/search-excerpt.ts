/** A run of an excerpt's words, marked when Pagefind matched them to the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What a result shows of its page: Pagefind's excerpt, and what it has to find it by. */
export interface ExcerptSource {
  /** The page's plain text, as Pagefind indexed it. */
  content: string;
  /** Pagefind's excerpt of it, as HTML. */
  excerpt: string;
  /** The page's title, which its result shows as its link. */
  title: string;
  /** Where in `content`, counted in words, Pagefind matched the query. */
  locations: readonly number[];
}

/** How Pagefind splits a page's text into words (`word_separators` in its pagefind.js). */
const WORDS = /[^\S\uFEFF]+/;
const escapeAngles = (word: string) => word.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** Stands for the text an excerpt leaves out before or after it. */
const ELLIPSIS = '…';

/**
 * How many of the page's first words are its title: Pagefind indexes the heading with the text,
 * weighs it high, so that its excerpts often start inside it, and ends it with a full stop unless
 * it ends in punctuation of its own ("Why?", "Note:"), which tells it from text that starts alike.
 */
function titleLength(words: readonly string[], title: string): number {
  const said = title.split(WORDS).filter(Boolean);
  const ends = (word: string) => [`${word}.`, ...(/\p{P}$/u.test(word) ? [word] : [])];
  const opens = said.every((word, i) => (i < said.length - 1 ? [word] : ends(word)).includes(words[i] ?? ''));
  return opens ? said.length : 0;
}

/**
 * Pagefind's excerpt is HTML that escapes `<` and `>` but not `&`, so a page that says "&lt;" or
 * "AT&amp;T" in so many characters would show "<" and "AT&T". Its words are the page's own words
 * in order, though: this finds them in `content` (the page's plain text) and returns them as text,
 * marked where Pagefind matched the query. The title, which the result already shows, is left out,
 * the excerpt taking as many words after its end instead, and "…" says where text was left out
 * before or after it. Should Pagefind's words not be there, the text's opening stands in, unmarked.
 */
export function excerptParts({ content, excerpt, title, locations }: ExcerptSource): ExcerptPart[] {
  const shown = excerpt.split(' ').map((word) => /^<mark>(.*)<\/mark>$/s.exec(word)?.[1] ?? word);
  const words = content.split(WORDS);
  const found = words.findIndex((_, at) => shown.every((word, i) => escapeAngles(words[at + i] ?? '') === word));
  const text = titleLength(words, title);
  const start = Math.max(found, text);
  const end = Math.min(words.length, start + shown.length);
  const marked = new Set(found < 0 ? [] : locations);
  const parts: ExcerptPart[] = [];
  const add = (part: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += part;
    else parts.push({ text: part, mark });
  };
  if (start > text) add(`${ELLIPSIS} `, false);
  for (let at = start; at < end; at++) {
    // The space between two marked words is marked with them; any other space is not.
    if (at > start) add(' ', marked.has(at) && marked.has(at - 1));
    add(words[at] ?? '', marked.has(at));
  }
  if (end < words.length) add(` ${ELLIPSIS}`, false);
  return parts;
}
