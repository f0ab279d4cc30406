import type { Lang } from '../i18n/index.ts';
import { collate } from './collate.ts';
import { isCity, type EntityIndex } from './entities.ts';
import { HOME_CITY } from './home-city.ts';
import { shortLabel, type ShortLabel } from './short-label.ts';
import type { TimelineFilter } from './timeline-filter.ts';
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
  /** How many entries each kind and each partner has (`filterCount`). */
  counts: { kinds: ReadonlyMap<string, number>; partners: ReadonlyMap<string, number> };
}

/** The facets of one language's timeline, which every listing page shows the same. */
export function timelineFacets(entries: readonly TimelineEntry[], entities: EntityIndex, lang: Lang): TimelineFacets {
  const counts = new Map<string, number>();
  const kinds = new Map<string, number>();
  for (const entry of entries) {
    kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
    for (const id of new Set(entry.place ? [...entry.partners, entry.place] : entry.partners)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const facets: TimelineFacets = {
    kinds: [...new Set(entries.map((e) => e.kind))],
    organisations: [],
    cities: [],
    counts: { kinds, partners: counts },
  };
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

/** How many entries of the faceted timeline `filter` selects: 0 for one it has none of. */
export const filterCount = ({ counts }: TimelineFacets, filter: NonNullable<TimelineFilter>): number =>
  ('kind' in filter ? counts.kinds.get(filter.kind) : counts.partners.get(filter.partner)) ?? 0;
