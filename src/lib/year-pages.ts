import { isPaginated, pagesOf, type YearPage } from './paginate.ts';
import type { TimelineFilter } from './timeline-filter.ts';
import { groupByYear, type TimelineEntry } from './timeline.ts';
import type { Links } from './urls.ts';

/** Every page of `entries` by year: one for each year that has entries, more for a year over a page. */
export const yearPagesOf = (entries: readonly TimelineEntry[]): YearPage[] =>
  groupByYear(entries).flatMap(({ year, entries: ofYear }) => pagesOf(ofYear).map((_, i) => ({ year, page: i + 1 })));

/**
 * The year pages of a filtered timeline. A filter whose page shows every entry needs none; one whose
 * page shows only its latest entries has them all, so that its earlier years, and its count for each
 * year, lead to the filtered entries of that year rather than to every entry of it.
 */
export const filteredYearPagesOf = (entries: readonly TimelineEntry[]): YearPage[] => (isPaginated(entries.length) ? yearPagesOf(entries) : []);

/**
 * Where the entries of `year` that `filter` selects are listed, given how many it selects in all
 * years: its year's page where it has year pages, else its own page, which lists them all, at the
 * year's heading. Never a year page that was not built.
 */
export const filteredYearHref = (links: Links, filter: NonNullable<TimelineFilter>, year: number, count: number): string =>
  isPaginated(count) ? links.year(year, 1, filter) : `${links.filtered(filter)}#y${year}`;
