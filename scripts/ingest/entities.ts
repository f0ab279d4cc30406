import type { Matcher } from './gazetteer.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Mention {
  entity: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Gazetteer mentions in a text: whole words only, names and aliases in any case and with or
 * without diacritics, acronyms exactly as written; at each word the longest term wins, so
 * "UCLG ASPAC" is one mention, not also "UCLG".
 */
export function findMentions(text: string, matcher: Matcher): { mentions: Mention[]; tokens: Token[]; matched: boolean[] } {
  const tokens = tokenize(text);
  const matched = new Array<boolean>(tokens.length).fill(false);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most words begin no term: one lookup in each trie's first level settles them.
    if (!matcher.folded.next.has(tokens[i]!.folded) && !matcher.exact.next.has(tokens[i]!.raw)) {
      i++;
      continue;
    }
    const best = [walk(matcher.folded, text, tokens, i, 'folded'), walk(matcher.exact, text, tokens, i, 'raw')].reduce((a, b) => (b.length > a.length ? b : a));
    if (best.entity) {
      const last = tokens[i + best.length - 1]!;
      mentions.push({ entity: best.entity, text: text.slice(tokens[i]!.start, last.end), start: tokens[i]!.start, end: last.end });
      matched.fill(true, i, i + best.length);
      i += best.length;
    } else i++;
  }
  return { mentions, tokens, matched };
}

/**
 * Punctuation that ends a phrase: a name never runs across it or across paragraphs ("… bunga kredit
 * bank. Dunia usaha …" names no Bank Dunia). Names themselves hold only spaces, dashes, brackets
 * and apostrophes between their words.
 */
const PHRASE_BREAK = /[\n.!?;:,]/;

function walk(root: Matcher['folded'], text: string, tokens: Token[], from: number, key: 'folded' | 'raw'): { length: number; entity?: string } {
  let node = root;
  let best: { length: number; entity?: string } = { length: 0 };
  for (let j = from; j < tokens.length; j++) {
    if (j > from && PHRASE_BREAK.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    const child = node.next.get(tokens[j]![key]);
    if (!child) break;
    node = child;
    if (node.entity) best = { length: j - from + 1, entity: node.entity };
  }
  return best;
}

/** Mentioned cities and organisations, each sorted by id. */
export function classify(mentions: readonly Mention[], matcher: Matcher): { cities: string[]; organisations: string[] } {
  const ids = [...new Set(mentions.map((m) => m.entity))].sort();
  return {
    cities: ids.filter((id) => matcher.kinds.get(id) === 'city'),
    organisations: ids.filter((id) => matcher.kinds.get(id) !== 'city'),
  };
}
