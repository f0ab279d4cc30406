import type { Lang } from '../i18n/index.ts';
import { collate } from './collate.ts';
import { loadSiteData } from './data.ts';
import type { TimelineEntry } from './timeline.ts';

export interface EmbedFilters {
  kinds: TimelineEntry['kind'][];
  /** Partner cities and organisations, by name; Jakarta is every entry's partner, so it is none. */
  partners: { id: string; name: string }[];
}

/** The filters a widget can have: only kinds and partners that have entries. */
export async function embedFilters(lang: Lang): Promise<EmbedFilters> {
  const site = await loadSiteData();
  const entries = site.timeline[lang];
  const ids = new Set(entries.flatMap((e) => [...e.partners, ...(e.place ? [e.place] : [])]));
  return {
    kinds: [...new Set(entries.map((e) => e.kind))],
    partners: [...ids]
      .flatMap((id) => {
        const entity = site.entities.get(id);
        return entity && id !== 'jakarta' ? [{ id, name: entity.name[lang] }] : [];
      })
      .sort((a, b) => collate(lang)(a.name, b.name)),
  };
}
