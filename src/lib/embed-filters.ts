import { useTranslations, type Lang } from '../i18n/index.ts';
import { collate } from './collate.ts';
import { loadSiteData } from './data.ts';
import { filterKey } from './embed-options.ts';
import type { TimelineEntry } from './timeline.ts';

export interface EmbedFilters {
  kinds: TimelineEntry['kind'][];
  /** Partner cities and organisations, by name; Jakarta is every entry's partner, so it is none. */
  partners: { id: string; name: string }[];
}

/** The filters a widget can have: the timeline's own facets, its partners in one list by name. */
export async function embedFilters(lang: Lang): Promise<EmbedFilters> {
  const { kinds, organisations, cities } = (await loadSiteData()).facets[lang];
  return {
    kinds,
    partners: [...organisations, ...cities].map(({ id, name }) => ({ id, name })).sort((a, b) => collate(lang)(a.name, b.name)),
  };
}

/** Each filter's label in `lang`, by its key ("partner:c40"), as the generator's field and the loader write it: a kind's in the plural, for the list it names. */
export async function filterLabels(lang: Lang): Promise<Record<string, string>> {
  const { kinds, partners } = await embedFilters(lang);
  const t = useTranslations(lang);
  return Object.fromEntries([
    ...kinds.map((kind) => [filterKey({ kind }), t(`kindPlural.${kind}`)]),
    ...partners.map(({ id, name }) => [filterKey({ partner: id }), name]),
  ]);
}
