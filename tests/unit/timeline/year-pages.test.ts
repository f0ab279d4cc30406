import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAGE_LIMIT } from '../../../src/lib/paginate.ts';
import type { TimelineEntry } from '../../../src/lib/timeline.ts';
import { linksFor } from '../../../src/lib/urls.ts';
import { filteredYearHref, filteredYearPagesOf, yearPagesOf } from '../../../src/lib/year-pages.ts';

/** `n` entries in each year, oldest first, as the timeline orders them. */
const entries = (counts: Record<number, number>): TimelineEntry[] =>
  Object.entries(counts).flatMap(([year, n]) =>
    Array.from({ length: n }, (_, i) => ({ type: 'article', id: `${year}-${i}`, start: `${year}-01-01`, kind: 'article', title: { text: '', lang: 'id' }, partners: [], coverage: [] }) satisfies TimelineEntry),
  );

describe('year pages', () => {
  it('give every year with entries a page, and a year over a page more pages', () => {
    assert.deepEqual(yearPagesOf(entries({ 2018: 3, 2022: 1 })), [
      { year: 2018, page: 1 },
      { year: 2022, page: 1 },
    ]);
    assert.deepEqual(yearPagesOf(entries({ 2019: 2 * PAGE_LIMIT + 1 })), [1, 2, 3].map((page) => ({ year: 2019, page })));
    assert.deepEqual(yearPagesOf([]), []);
  });

  it('are none for a filter whose page shows all its entries, and all of them for one whose page cannot', () => {
    assert.deepEqual(filteredYearPagesOf(entries({ 2018: PAGE_LIMIT - 1, 2022: 1 })), []);
    assert.deepEqual(filteredYearPagesOf(entries({ 2018: PAGE_LIMIT, 2022: 1 })), [
      { year: 2018, page: 1 },
      { year: 2022, page: 1 },
    ]);
  });

  it("lead a year's filter to the page that lists its entries of that year: its year page, else its own page at the year", () => {
    const links = linksFor('en', '/base/');
    assert.equal(filteredYearHref(links, { partner: 'c40' }, 2018, PAGE_LIMIT + 1), '/base/en/timeline/partner/c40/2018/');
    // A filter whose page holds all its entries has no year pages (above): its page has the year's heading.
    assert.equal(filteredYearHref(links, { kind: 'summit' }, 2018, PAGE_LIMIT), '/base/en/timeline/kind/summit/#y2018');
    // It leads to a year page exactly where one is built: never to a 404.
    for (const n of [PAGE_LIMIT, PAGE_LIMIT + 1]) {
      assert.equal(filteredYearHref(links, { kind: 'summit' }, 2018, n).endsWith('/2018/'), filteredYearPagesOf(entries({ 2018: n })).length > 0, `${n} entries`);
    }
  });
});
