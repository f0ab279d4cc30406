import type { SourceLine } from './clean.ts';

/**
 * The tags and character references a page's HTML source is made of. Text copied from a browser
 * shows none of them: a source that holds them was saved from "view source" or by a scraper that
 * kept the markup, and the site would print every tag as text (it escapes them, never runs them).
 */
const MARKUP =
  /<\/?(?:a|b|body|br|div|em|figcaption|figure|h[1-6]|head|html|i|iframe|img|li|link|meta|ol|p|script|span|strong|style|table|td|th|tr|ul)(?=[\s/>])[^<>]{0,200}>|&(?:amp|gt|lt|nbsp|quot|#\d{1,7}|#x[\da-f]{1,6});/iu;

/**
 * A warning naming the first line of the article's text that holds HTML markup and how many do,
 * or undefined when none does. A warning, not an error: the text stays whole, and a story about
 * the web may quote a tag.
 */
export function markupWarning(lines: readonly SourceLine[]): string | undefined {
  const marked = lines.filter((line) => MARKUP.test(line.text));
  const [first] = marked;
  if (!first) return undefined;
  const others = marked.length > 1 ? ` (and ${marked.length - 1} line${marked.length === 2 ? '' : 's'} after it)` : '';
  return `line ${first.line}: HTML markup \`${MARKUP.exec(first.text)![0]}\`${others}, which the site shows as text; copy the article's text as the browser shows it, not the page's source, or delete the markup`;
}
