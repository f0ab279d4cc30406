/**
 * How many entries a listing page (the timeline, a filter, a year page, the embed) shows at most.
 * A timeline entry weighs ~1–3.5 KB of HTML, so such a page stays under ~400 KB whatever the
 * corpus (340 KB at most with 1,000 synthetic articles); the seed corpus, and any corpus this
 * small, keeps every entry on one page.
 */
export const PAGE_LIMIT = 100;

/**
 * How many of an entry's sources a listing shows; its own page shows them all. An engagement the
 * press followed closely can have hundreds, which would otherwise weigh on every listing it is in.
 */
export const COVERAGE_LIMIT = 10;

export interface Group<T> {
  year: number;
  entries: readonly T[];
}

export interface Listing<T> {
  /** The years this page shows, oldest first; the first may be cut to its latest entries. */
  shown: Group<T>[];
  /** Entries of the first shown year left out because that year alone is over the limit. */
  omitted: number;
  /** Years this page leaves to their own pages, oldest first. */
  earlier: Group<T>[];
}

/** True when a list is too long for one page: the timeline pages and the archive split by year. */
export const isPaginated = (count: number, limit: number = PAGE_LIMIT): boolean => count > limit;

/**
 * What a listing page shows of `groups` (oldest year first): everything when it fits in `limit`;
 * else the most recent years that fit together (always at least the latest one, cut to its
 * latest `limit` entries when it alone is over), the earlier years being left to their pages.
 */
export function listing<T>(groups: readonly Group<T>[], limit: number = PAGE_LIMIT): Listing<T> {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  if (!isPaginated(total, limit)) return { shown: [...groups], omitted: 0, earlier: [] };
  let first = groups.length - 1;
  let count = groups[first]?.entries.length ?? 0;
  while (first > 0 && count + groups[first - 1]!.entries.length <= limit) count += groups[--first]!.entries.length;
  const [latest, ...rest] = groups.slice(first);
  const omitted = Math.max(0, (latest?.entries.length ?? 0) - limit);
  const shown = latest ? [{ year: latest.year, entries: latest.entries.slice(omitted) }, ...rest] : [];
  return { shown, omitted, earlier: groups.slice(0, first) };
}

/** The years of a listing page, oldest first, by whether the page holds all of their entries. */
export interface ListedYears {
  /** Years the page shows whole: it can link to them on itself. */
  whole: number[];
  /** Years whose entries, all or some, only their own pages hold: those the page leaves out and one it cuts. */
  elsewhere: number[];
}

/** Which years `view` shows whole, and which it leaves, in whole or in part, to their own pages. */
export function listedYears<T>({ shown, omitted, earlier }: Listing<T>): ListedYears {
  const cut = omitted > 0 ? shown.slice(0, 1) : [];
  return { whole: shown.slice(cut.length).map((g) => g.year), elsewhere: [...earlier, ...cut].map((g) => g.year) };
}

/**
 * Entries cut into pages, in order, each weighing at most `limit` (an entry weighs 1 unless
 * `weight` says otherwise); an entry heavier than the limit has a page of its own, and an empty
 * list still has one, empty, page.
 */
export function pagesOf<T>(entries: readonly T[], limit: number = PAGE_LIMIT, weight: (entry: T) => number = () => 1): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let load = 0;
  for (const entry of entries) {
    const w = weight(entry);
    if (page.length > 0 && load + w > limit) {
      pages.push(page);
      [page, load] = [[], 0];
    }
    page.push(entry);
    load += w;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** Where an entry is listed: its year, and which of the year's pages (numbered from 1). */
export interface YearPage {
  year: number;
  page: number;
}

/** Every entry's year page, by `key`, as the year pages split them. */
export function yearPages<T>(groups: readonly Group<T>[], key: (entry: T) => string, limit: number = PAGE_LIMIT): Map<string, YearPage> {
  const found = new Map<string, YearPage>();
  for (const { year, entries } of groups) {
    pagesOf(entries, limit).forEach((page, i) => {
      for (const entry of page) found.set(key(entry), { year, page: i + 1 });
    });
  }
  return found;
}
