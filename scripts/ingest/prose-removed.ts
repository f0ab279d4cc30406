import { STRUCTURAL_RULES, type Removed } from './clean.ts';

/**
 * Page furniture is short: credits, links, labels, headlines. The seeds' longest furniture line
 * is under 90 characters; a line this long that ends a sentence is the article's own prose.
 */
const PROSE_LENGTH = 160;
const ENDS_SENTENCE = /[.!?…]["”’)]?$/u;

/**
 * A warning naming the first line of prose a furniture rule from the data files removed, with how
 * many such lines it removed: a pattern written too wide (`.*jakarta.*`) takes paragraphs of the
 * article, which only the report would show. The cleaner's own rules (repeats, pull-quotes) remove
 * whole paragraphs by design and are not checked.
 */
export function proseRemovedWarning(removed: readonly Removed[]): string | undefined {
  const prose = removed.filter((r) => !Object.hasOwn(STRUCTURAL_RULES, r.rule) && r.text.length >= PROSE_LENGTH && ENDS_SENTENCE.test(r.text));
  const [first] = prose;
  if (!first) return undefined;
  const rules = [...new Set(prose.map((r) => r.rule))];
  const named = `furniture rule${rules.length > 1 ? 's' : ''} ${rules.map((rule) => `\`${rule}\``).join(', ')}`;
  const more = prose.length > 1 ? ` (${prose.length} such lines in all)` : '';
  // Cut by code point, so an emoji or a character outside the BMP is never split in two.
  const opening = [...first.text].slice(0, 60).join('');
  return `line ${first.line}: ${named} removed a line of prose, "${opening}…"${more}; if it is the article's, narrow that rule's \`match\`, in rules/generic.yaml or in its publisher's file`;
}
