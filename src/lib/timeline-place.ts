import type { Lang } from '../i18n/index.ts';
import type { SiteData } from './data.ts';
import { getOrCreate } from './get-or-create.ts';
import { yearPages, type YearPage } from './paginate.ts';
import { entryAnchor, type TimelineEntry } from './timeline.ts';

/** Where the timeline lists an entry: its year's page that holds it, and its heading's anchor there. */
export interface TimelinePlace extends YearPage {
  anchor: string;
}

// Every article page asks: the index of a language's entries is made once per build.
const indexes = new WeakMap<SiteData, Map<Lang, Map<string, YearPage>>>();

export function timelinePlace(site: SiteData, lang: Lang, type: TimelineEntry['type'], id: string): TimelinePlace | undefined {
  const byLang = getOrCreate(indexes, site, () => new Map());
  const pages = getOrCreate(byLang, lang, () => yearPages(site.years[lang], (e) => entryAnchor(e.type, e.id)));
  const anchor = entryAnchor(type, id);
  const found = pages.get(anchor);
  return found && { ...found, anchor };
}

/** An article's place: its own entry, or its engagement's, which lists it among its coverage. */
export const articlePlace = (site: SiteData, lang: Lang, article: { id: string; data: { engagement?: string | undefined } }): TimelinePlace | undefined =>
  timelinePlace(site, lang, 'article', article.id) ?? (article.data.engagement ? timelinePlace(site, lang, 'engagement', article.data.engagement) : undefined);
