import { isPaginated, pagesOf, type YearPage } from './paginate.ts';
import { groupByYear, type TimelineEntry } from './timeline.ts';

/** Every page of `entries` by year: one for each year that has entries, more for a year over a page. */
export const yearPagesOf = (entries: readonly TimelineEntry[]): YearPage[] =>
  groupByYear(entries).flatMap(({ year, entries: ofYear }) => pagesOf(ofYear).map((_, i) => ({ year, page: i + 1 })));

/**
 * The year pages of a filtered timeline. A filter whose page shows every entry needs none; one whose
 * page shows only its latest entries has them all, so that its earlier years, and its count for each
 * year, lead to the filtered entries of that year rather than to every entry of it.
 */
export const filteredYearPagesOf = (entries: readonly TimelineEntry[]): YearPage[] => (isPaginated(entries.length) ? yearPagesOf(entries) : []);
