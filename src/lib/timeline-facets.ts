import type { Lang } from '../i18n/index.ts';
import { collate } from './collate.ts';
import { isCity, type EntityIndex } from './entities.ts';
import { HOME_CITY } from './home-city.ts';
import { shortLabel, type ShortLabel } from './short-label.ts';
import type { TimelineEntry } from './timeline.ts';

export interface PartnerFacet {
  id: string;
  name: string;
  /** What its chip shows: the short name where it has one. */
  label: ShortLabel;
  /** How many entries the partner takes part in, as partner or as their place. */
  count: number;
}

/** What a timeline can be filtered by. */
export interface TimelineFacets {
  /** In the order the timeline first shows them. */
  kinds: TimelineEntry['kind'][];
  /** Each list: most entries first, then by label as readers of the language sort them. */
  organisations: PartnerFacet[];
  /** Jakarta, a party to every entry, is not among them. */
  cities: PartnerFacet[];
}

/** The facets of one language's timeline, which every listing page shows the same. */
export function timelineFacets(entries: readonly TimelineEntry[], entities: EntityIndex, lang: Lang): TimelineFacets {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const id of new Set(entry.place ? [...entry.partners, entry.place] : entry.partners)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const facets: TimelineFacets = { kinds: [...new Set(entries.map((e) => e.kind))], organisations: [], cities: [] };
  const byCount = (a: PartnerFacet, b: PartnerFacet) => b.count - a.count || collate(lang)(a.label.text, b.label.text);
  for (const [id, count] of counts) {
    const entity = entities.get(id);
    if (!entity || id === HOME_CITY) continue;
    (isCity(entity) ? facets.cities : facets.organisations).push({ id, name: entity.name[lang], label: shortLabel(entity, lang), count });
  }
  facets.organisations.sort(byCount);
  facets.cities.sort(byCount);
  return facets;
}

/** Every filter the facets offer, each kind's and each partner's: the filters that have pages. */
export const facetFilters = ({ kinds, organisations, cities }: TimelineFacets): ({ kind: TimelineEntry['kind'] } | { partner: string })[] => [
  ...kinds.map((kind) => ({ kind })),
  ...[...organisations, ...cities].map(({ id }) => ({ partner: id })),
];
