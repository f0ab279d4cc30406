/** What ordering a result needs: the name its page gives itself (an entity's or engagement's `<h1>`). */
export interface Named {
  meta: { name?: string };
}

/**
 * Pagefind's `metaWeights` boost for a page's name (a meta field's is 1 unless set). Only city,
 * organisation and engagement pages have one. Unboosted, "Jakarta" found its city's page 9th at
 * 5,000 articles, behind articles that say Jakarta more often; boosted (2 and up alike), 3rd.
 */
export const NAME_WEIGHT = 10;

/**
 * The results named exactly what was searched for (letter case and accents aside) first, the rest
 * in Pagefind's order: Pagefind weighs a name that holds the words as high as one that is them, so
 * "Jakarta" listed Jakarta Provincial Government and the Embassy of Morocco in Jakarta before
 * Jakarta.
 */
export function exactNamesFirst<T extends Named>(hits: readonly T[], query: string, lang: string): T[] {
  const wanted = query.trim();
  const exact = (hit: T) => hit.meta.name !== undefined && hit.meta.name.trim().localeCompare(wanted, lang, { sensitivity: 'base' }) === 0;
  return [...hits.filter(exact), ...hits.filter((hit) => !exact(hit))];
}
