import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './built-site.ts';

export type PageType = 'timeline' | 'year' | 'article' | 'engagement' | 'city' | 'organisation' | 'about' | 'archive' | 'search' | 'network' | 'embed' | 'folder';

/** The first page in a folder, not the folder's own, which sends the reader on (src/lib/folder-pages.ts). */
const firstIn = (dir: string): string => readdirSync(join(dist, dir)).filter((name) => name !== 'index.html').sort()[0]!;
/** The first year page: the timeline's folder also holds the kind and partner filters. */
const firstYear = (lang: string): string => readdirSync(join(dist, lang, 'timeline')).filter((name) => /^\d{4}$/.test(name)).sort()[0]!;

/**
 * One page of every page type, in both languages: what the budgets and the HTML check run over.
 * A new page type is one line here and one in the budgets table (budgets.test.ts).
 */
export const PAGE_TYPES = (['id', 'en'] as const).flatMap((lang): { type: PageType; lang: string; path: string }[] => [
  { type: 'timeline', lang, path: `/${lang}/` },
  { type: 'year', lang, path: `/${lang}/timeline/${firstYear(lang)}/` },
  { type: 'article', lang, path: `/${lang}/articles/${firstIn(`${lang}/articles`)}/` },
  { type: 'engagement', lang, path: `/${lang}/engagements/${firstIn(`${lang}/engagements`)}/` },
  { type: 'city', lang, path: `/${lang}/cities/${firstIn(`${lang}/cities`)}/` },
  { type: 'organisation', lang, path: `/${lang}/organisations/${firstIn(`${lang}/organisations`)}/` },
  { type: 'about', lang, path: `/${lang}/about/` },
  { type: 'archive', lang, path: `/${lang}/archive/` },
  { type: 'search', lang, path: `/${lang}/search/` },
  { type: 'network', lang, path: `/${lang}/network/` },
  { type: 'embed', lang, path: `/embed/${lang}/` },
  { type: 'folder', lang, path: `/${lang}/cities/` },
]);

