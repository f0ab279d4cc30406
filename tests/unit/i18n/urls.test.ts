import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linksFor, pagePath, pathInLocale } from '../../../src/lib/urls.ts';

describe('site links', () => {
  it('join segments with one slash each, end in a slash and encode what a path cannot hold', () => {
    assert.equal(pagePath(), '/');
    assert.equal(pagePath('id', 'articles', '2018-10-30-anies'), '/id/articles/2018-10-30-anies/');
    assert.equal(pagePath('/id/', 'timeline/kind/', 'summit'), '/id/timeline/kind/summit/');
    assert.equal(pagePath('en', 'cities', 'são paulo?#'), '/en/cities/s%C3%A3o%20paulo%3F%23/');
  });

  it('put every page under the base path, with or without its trailing slash', () => {
    for (const base of ['/jakarta-diplomacy/preview/', '/jakarta-diplomacy/preview']) {
      const links = linksFor('id', base);
      assert.equal(links.home(), '/jakarta-diplomacy/preview/id/');
      assert.equal(links.entity('organisation', 'uclg-aspac'), '/jakarta-diplomacy/preview/id/organisations/uclg-aspac/');
      assert.equal(links.year(2018, 2), '/jakarta-diplomacy/preview/id/timeline/2018/2/');
      assert.equal(links.year(2018, 1, { partner: 'c40' }), '/jakarta-diplomacy/preview/id/timeline/partner/c40/2018/');
      assert.equal(links.year(2018, 3, { kind: 'summit' }), '/jakarta-diplomacy/preview/id/timeline/kind/summit/2018/3/');
      assert.equal(links.rss(), '/jakarta-diplomacy/preview/id/rss.xml');
    }
    assert.equal(linksFor('en', '/').article('x'), '/en/articles/x/');
  });

  it('open the search page on a query, encoded, when given one', () => {
    assert.equal(linksFor('en', '/a/').search(), '/a/en/search/');
    assert.equal(linksFor('en', '/a/').search('São Paulo & C40'), '/a/en/search/?q=S%C3%A3o%20Paulo%20%26%20C40');
  });

  it('make one set of builders per language and base, whose paths stay right when asked again', () => {
    assert.equal(linksFor('id', '/a/'), linksFor('id', '/a/'));
    assert.notEqual(linksFor('id', '/a/'), linksFor('en', '/a/'));
    assert.notEqual(linksFor('id', '/a/'), linksFor('id', '/b/'));
    const links = linksFor('en', '/a/');
    for (let i = 0; i < 2; i++) {
      assert.equal(links.entity('city', 'casablanca'), '/a/en/cities/casablanca/');
      assert.equal(links.entity('organisation', 'casablanca'), '/a/en/organisations/casablanca/');
    }
  });

  it('find where a page is within its language, for the same page in the other', () => {
    assert.equal(pathInLocale('/base/id/articles/x/', '/base/'), 'articles/x/');
    assert.equal(pathInLocale('/base/en/', '/base/'), '');
    assert.equal(pathInLocale('/elsewhere/', '/base/'), '');
  });
});
