import type { EntityCandidatesConfig } from '../../src/schemas/entity-candidates.ts';
import { fold } from '../../src/lib/fold.ts';
import { isAcronym, type Token } from './tokens.ts';

const CAPITALISED = /^\p{Lu}/u;
/** A word that starts with a lowercase ASCII letter is neither an acronym nor capitalised: most words, settled without a regex. */
const startsLowercase = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
};

/**
 * Names in a text that look like organisations but matched no gazetteer entry: acronyms, and runs
 * of capitalised words that contain an organisation keyword ("… Foundation", "Badan …").
 */
export function findCandidates(text: string, tokens: readonly Token[], matched: readonly boolean[], config: EntityCandidatesConfig): string[] {
  const keywords = new Set(config.keywords.map(fold));
  const ignore = new Set(config.ignore);
  const connectors = new Set(config.connectors);
  const found = new Set<string>();
  let run: number[] = [];
  const flush = (): void => {
    while (run.length > 0 && connectors.has(tokens[run.at(-1)!]!.raw)) run.pop();
    if (run.length >= 2 && run.some((i) => keywords.has(tokens[i]!.folded))) {
      const phrase = text.slice(tokens[run[0]!]!.start, tokens[run.at(-1)!]!.end);
      if (!ignore.has(phrase)) found.add(phrase);
    }
    run = [];
  };
  tokens.forEach((token, i) => {
    const lowercase = startsLowercase(token.raw);
    if (!matched[i] && !lowercase && isAcronym(token.raw) && !ignore.has(token.raw)) found.add(token.raw);
    const joined = run.length > 0 && /^[ \t]+$/.test(text.slice(tokens[run.at(-1)!]!.end, token.start));
    if (run.length > 0 && !joined) flush();
    if (matched[i]) flush();
    else if ((!lowercase && CAPITALISED.test(token.raw)) || (run.length > 0 && connectors.has(token.raw))) run.push(i);
    else flush();
  });
  flush();
  return [...found].sort();
}
