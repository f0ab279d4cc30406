import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPaginated, listedYears, listing, PAGE_LIMIT, pagesOf, yearPages, type Group } from '../../../src/lib/paginate.ts';

/** Years with that many entries each, oldest first; an entry is "<year>-<n>". */
const years = (counts: Record<number, number>): Group<string>[] =>
  Object.entries(counts).map(([year, n]) => ({ year: Number(year), entries: Array.from({ length: n }, (_, i) => `${year}-${i + 1}`) }));

const shownCount = (groups: readonly Group<string>[]) => groups.reduce((n, g) => n + g.entries.length, 0);

describe('listing', () => {
  it('shows every year when the list fits in the limit, the limit itself included', () => {
    const groups = years({ 2018: 3, 2022: 1 });
    assert.deepEqual(listing(groups, 10), { shown: groups, omitted: 0, earlier: [] });
    const full = years({ 2020: 6, 2021: 4 });
    assert.deepEqual(listing(full, 10), { shown: full, omitted: 0, earlier: [] });
    assert.equal(isPaginated(10, 10), false);
    assert.equal(isPaginated(11, 10), true);
  });

  it('keeps the most recent years that fit together and leaves the earlier ones to their pages', () => {
    const groups = years({ 2019: 5, 2020: 4, 2021: 3, 2022: 3 });
    const page = listing(groups, 10);
    assert.deepEqual(page.shown.map((g) => g.year), [2020, 2021, 2022]);
    assert.deepEqual(page.earlier.map((g) => g.year), [2019]);
    assert.equal(page.omitted, 0);
    assert.deepEqual(page.shown, groups.slice(1));
  });

  it('stops at the first year that does not fit, even when an older one would', () => {
    const page = listing(years({ 2019: 1, 2020: 8, 2021: 5 }), 10);
    assert.deepEqual(page.shown.map((g) => g.year), [2021]);
    assert.deepEqual(page.earlier.map((g) => g.year), [2019, 2020]);
  });

  it('cuts a latest year that alone is over the limit to its latest entries', () => {
    const page = listing(years({ 2020: 2, 2021: 25 }), 10);
    assert.deepEqual(page.shown, [{ year: 2021, entries: Array.from({ length: 10 }, (_, i) => `2021-${i + 16}`) }]);
    assert.equal(page.omitted, 15);
    assert.deepEqual(page.earlier.map((g) => g.year), [2020]);
  });

  it('never shows more than the limit, and accounts for every entry', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const counts = Object.fromEntries(Array.from({ length: 1 + (seed % 9) }, (_, i) => [2000 + i, (seed * (i + 7)) % 37]));
      const groups = years(counts);
      const total = shownCount(groups);
      const page = listing(groups, 20);
      assert.ok(shownCount(page.shown) <= 20, `seed ${seed}`);
      assert.equal(shownCount(page.shown) + page.omitted + shownCount(page.earlier), total, `seed ${seed}`);
      if (total > 0) assert.ok(page.shown.length >= 1, `seed ${seed}`);
    }
  });

  it('uses PAGE_LIMIT when no limit is given', () => {
    assert.equal(listing(years({ 2020: PAGE_LIMIT })).earlier.length, 0);
    assert.deepEqual(listing(years({ 2019: 1, 2020: PAGE_LIMIT })).earlier.map((g) => g.year), [2019]);
  });
});

describe('listedYears', () => {
  it('shows every year whole when the listing fits, leaving none elsewhere', () => {
    assert.deepEqual(listedYears(listing(years({ 2018: 3, 2022: 1 }), 10)), { whole: [2018, 2022], elsewhere: [] });
  });

  it('leaves the years a listing does not show elsewhere, and the ones it shows whole', () => {
    assert.deepEqual(listedYears(listing(years({ 2019: 5, 2020: 4, 2021: 3, 2022: 3 }), 10)), { whole: [2020, 2021, 2022], elsewhere: [2019] });
  });

  it('leaves a year the listing cuts elsewhere, after the earlier years', () => {
    assert.deepEqual(listedYears(listing(years({ 2019: 1, 2020: 2, 2021: 25 }), 10)), { whole: [], elsewhere: [2019, 2020, 2021] });
  });

  it('puts every year of the listing on one side, oldest first', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const groups = years(Object.fromEntries(Array.from({ length: 1 + (seed % 9) }, (_, i) => [2000 + i, (seed * (i + 7)) % 37])));
      const { whole, elsewhere } = listedYears(listing(groups, 20));
      assert.deepEqual([...elsewhere, ...whole], groups.map((g) => g.year), `seed ${seed}`);
    }
  });
});

describe('pagesOf', () => {
  it('cuts a year into pages of at most the limit, in order', () => {
    const entries = Array.from({ length: 23 }, (_, i) => i);
    assert.deepEqual(pagesOf(entries, 10).map((p) => p.length), [10, 10, 3]);
    assert.deepEqual(pagesOf(entries, 10).flat(), entries);
    assert.deepEqual(pagesOf(entries.slice(0, 10), 10), [entries.slice(0, 10)]);
  });

  it('weighs entries when asked, giving an entry over the limit a page of its own', () => {
    assert.deepEqual(pagesOf([2, 3, 12, 1, 4, 5], 10, (n) => n), [[2, 3], [12], [1, 4, 5]]);
  });

  it('gives an empty year one empty page', () => {
    assert.deepEqual(pagesOf([], 10), [[]]);
  });
});

describe('yearPages', () => {
  const pages = yearPages(years({ 2019: 5, 2020: 23 }), (e) => e, 10);

  it('gives each entry its year and the page of it that lists it, numbered from 1', () => {
    assert.deepEqual(pages.get('2019-5'), { year: 2019, page: 1 });
    assert.deepEqual(pages.get('2020-10'), { year: 2020, page: 1 });
    assert.deepEqual(pages.get('2020-11'), { year: 2020, page: 2 });
    assert.deepEqual(pages.get('2020-23'), { year: 2020, page: 3 });
    assert.equal(pages.size, 28);
  });

  it('knows nothing of an entry no year lists', () => {
    assert.equal(pages.get('2021-1'), undefined);
  });
});
