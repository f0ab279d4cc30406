import type { Lang } from '../i18n/index.ts';
import { archiveAnchor, type ArchiveVolume } from './archive.ts';
import { normaliseBase } from './base-path.ts';
import type { Folder } from './folder-pages.ts';
import { getOrCreate } from './get-or-create.ts';
import { filterSegments, type TimelineFilter } from './timeline-filter.ts';
import type { TimelinePlace } from './timeline-place.ts';

/** Joins `base` and a site path with exactly one slash between segments. */
export function pathWithBase(base: string, path: string): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;
}

/** A page path: segments joined, ending in a slash (the site's trailing-slash policy). */
export function pagePath(...segments: string[]): string {
  // A listing builds thousands of links: one pass, no intermediate arrays.
  let path = '';
  for (const segment of segments) {
    for (const part of segment.split('/')) if (part) path += `/${encodeURIComponent(part)}`;
  }
  return `${path}/`;
}

/** Where a page is within its language: its path after `base` and the locale segment; "" for a page outside both. */
export function pathInLocale(pathname: string, base: string): string {
  const head = normaliseBase(base);
  return pathname.startsWith(head) ? pathname.slice(head.length).split('/').slice(1).join('/') : '';
}

const made = new Map<string, Links>();

/**
 * Base-aware URL builders for one language; every internal link goes through these. Not
 * astro:i18n's getRelativeLocaleUrl: that is a virtual module the build scripts and unit tests
 * cannot import, and a listing asks for the same paths thousands of times, which these build once.
 */
export function linksFor(lang: Lang, base: string = import.meta.env.BASE_URL): Links {
  return getOrCreate(made, `${lang} ${base}`, () => makeLinks(lang, base));
}

function makeLinks(lang: Lang, base: string) {
  const head = pathWithBase(base, '');
  // Listings link the same partners and entries thousands of times over: each path is built once.
  const paths = new Map<string, string>();
  const page = (...segments: string[]): string => getOrCreate(paths, segments.join('/'), () => `${head}${pagePath(lang, ...segments).slice(1)}`);
  const year = (y: number, n = 1, filter: TimelineFilter = null): string =>
    page('timeline', ...filterSegments(filter), String(y), ...(n > 1 ? [String(n)] : []));
  const filtered = (filter: TimelineFilter): string => (filter ? page('timeline', ...filterSegments(filter)) : page());
  const archiveVolume = (y: number, part = 1): string => (part > 1 ? page('archive', String(y), String(part)) : page('archive', String(y)));
  return {
    lang,
    home: () => page(),
    engagement: (id: string) => page('engagements', id),
    article: (id: string) => page('articles', id),
    /** A timeline entry's own page: an engagement's, or a stand-alone article's. */
    entry: (type: 'engagement' | 'article', id: string) => page(type === 'engagement' ? 'engagements' : 'articles', id),
    entity: (kind: 'city' | 'organisation', id: string) => page(kind === 'city' ? 'cities' : 'organisations', id),
    /** The timeline narrowed by `filter`; the home page's whole timeline for none. */
    filtered,
    partnerFilter: (id: string) => filtered({ partner: id }),
    /**
     * A year of the timeline, or of the timeline narrowed by `filter`; its later pages, when it has
     * more entries than one page holds, are numbered from 2.
     */
    year,
    /** A timeline entry where the timeline lists it: on its year's page, at its heading. */
    listed: (place: TimelinePlace) => `${year(place.year, place.page)}#${place.anchor}`,
    /** A folder of pages that has no page of its own (folder-pages.ts): the timeline's years and filters, the entries', the cities' or the organisations'. */
    folder: (name: Folder) => page(name),
    about: () => page('about'),
    /** The search page, already searching for `query` when given. */
    search: (query?: string) => (query ? `${page('search')}?q=${encodeURIComponent(query)}` : page('search')),
    network: () => page('network'),
    archive: () => page('archive'),
    /** A volume of a large archive: a year, and its part from the second on. */
    archiveVolume,
    /** An entry's section in the archive: in `volume`, or on the one-page archive. */
    archived: (entryId: string, volume?: Pick<ArchiveVolume, 'year' | 'part'>) =>
      `${volume ? archiveVolume(volume.year, volume.part) : page('archive')}#${archiveAnchor(entryId)}`,
    embed: () => page('embed'),
    rss: () => pathWithBase(base, `${lang}/rss.xml`),
    asset: (path: string) => pathWithBase(base, path),
  };
}

export type Links = ReturnType<typeof makeLinks>;
