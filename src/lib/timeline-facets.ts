import type { Lang } from '../i18n/index.ts';
import { collate } from './collate.ts';
import { isCity, type EntityIndex } from './entities.ts';
import type { TimelineEntry } from './timeline.ts';

export interface PartnerFacet {
  id: string;
  name: string;
  /** How many entries the partner takes part in, as partner or as their place. */
  count: number;
}

/** What a timeline can be filtered by. */
export interface TimelineFacets {
  /** In the order the timeline first shows them. */
  kinds: TimelineEntry['kind'][];
  /** Each list: most entries first, then by name as readers of the language sort them. */
  organisations: PartnerFacet[];
  /** Jakarta, a party to every entry, is not among them. */
  cities: PartnerFacet[];
}

interface Made {
  entities: EntityIndex;
  lang: Lang;
  facets: TimelineFacets;
}

const made = new WeakMap<readonly TimelineEntry[], Made>();

/**
 * The facets of one language's timeline. Every listing page shows the same ones, so they are
 * counted once per timeline rather than on each of the hundreds of year and filter pages, which at
 * 5,000 articles cost a second of the build.
 */
export function timelineFacets(entries: readonly TimelineEntry[], entities: EntityIndex, lang: Lang): TimelineFacets {
  const known = made.get(entries);
  if (known?.entities === entities && known.lang === lang) return known.facets;
  const facets = countFacets(entries, entities, lang);
  made.set(entries, { entities, lang, facets });
  return facets;
}

function countFacets(entries: readonly TimelineEntry[], entities: EntityIndex, lang: Lang): TimelineFacets {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const id of new Set(entry.place ? [...entry.partners, entry.place] : entry.partners)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const facets: TimelineFacets = { kinds: [...new Set(entries.map((e) => e.kind))], organisations: [], cities: [] };
  const byCount = (a: PartnerFacet, b: PartnerFacet) => b.count - a.count || collate(lang)(a.name, b.name);
  for (const [id, count] of counts) {
    const entity = entities.get(id);
    if (!entity || id === 'jakarta') continue;
    (isCity(entity) ? facets.cities : facets.organisations).push({ id, name: entity.name[lang], count });
  }
  facets.organisations.sort(byCount);
  facets.cities.sort(byCount);
  return facets;
}
