import { fold } from '../../src/lib/fold.ts';

export interface Token {
  /** As written. */
  raw: string;
  /** Lowercased, diacritics removed: "São" → "sao". */
  folded: string;
  start: number;
  end: number;
}

// Combining marks stay in their word: "São" typed as S, a, a combining tilde, o is one word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** A word in capitals, two at least, up to ten characters: "UCLG", "G20", "UNICEF". */
export const isAcronym = (word: string): boolean => /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}]{2,10}$/u.test(word);

/** Words of a text; punctuation, hyphens and brackets separate them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ raw: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return tokens;
}
