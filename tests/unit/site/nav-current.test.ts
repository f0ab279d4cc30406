import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { navCurrent, navTabs } from '../../../src/lib/nav-current.ts';
import { linksFor } from '../../../src/lib/urls.ts';

const tabs = navTabs(linksFor('en', '/jakarta-diplomacy/preview/'));

/** Each tab's aria-current on the page at `path`, below the base, where it has one. */
const current = (path: string): Record<string, string> =>
  Object.fromEntries(tabs.flatMap((tab) => {
    const value = navCurrent(tab, `/jakarta-diplomacy/preview/en/${path}`);
    return value ? [[tab.section, value]] : [];
  }));

describe('the main navigation’s current tab', () => {
  it('is the page itself on a section’s own page', () => {
    assert.deepEqual(current(''), { timeline: 'page' });
    assert.deepEqual(current('network/'), { network: 'page' });
    assert.deepEqual(current('archive/'), { archive: 'page' });
    assert.deepEqual(current('embed/'), { embed: 'page' });
  });

  it('is the timeline on its years, its filters and the pages of what it lists', () => {
    for (const path of ['timeline/2018/', 'timeline/2018/2/', 'timeline/kind/summit/', 'timeline/partner/casablanca/', 'engagements/u20-mayors-summit-2018/', 'articles/2018-10-30-anies/']) {
      assert.deepEqual(current(path), { timeline: 'true' }, path);
    }
  });

  it('is the network on the pages of its nodes, cities and organisations', () => {
    for (const path of ['cities/casablanca/', 'organisations/uclg-aspac/']) assert.deepEqual(current(path), { network: 'true' }, path);
  });

  it('is the archive on its volumes, and none on a page of no section', () => {
    assert.deepEqual(current('archive/2018/2/'), { archive: 'true' });
    assert.deepEqual(current('search/'), {});
    // The about page is the footer's, a tab no more: a phone's row has room for four.
    assert.deepEqual(current('about/'), {});
    // Another language's pages, or a path outside the base, are no section of this language's.
    assert.equal(tabs.some((tab) => navCurrent(tab, '/jakarta-diplomacy/preview/id/engagements/x/')), false);
    assert.equal(tabs.some((tab) => navCurrent(tab, '/en/engagements/x/')), false);
  });
});
