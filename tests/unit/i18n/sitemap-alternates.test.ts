import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sitemapAlternates } from '../../../src/lib/sitemap-alternates.ts';

const root = 'https://example.org/jakarta/';
const pages = ['', 'id/', 'en/', 'id/about/', 'en/about/', 'id/articles/a/', 'id/only-here/', 'embed/id/', 'en/embed/'].map((p) => root + p);

function sitemap(keep = (page: string) => !page.includes('/embed/id/')) {
  const { filter, serialize } = sitemapAlternates(root, keep);
  // As @astrojs/sitemap calls them: every page through filter, then each kept one through serialize.
  const kept = pages.filter((page) => filter(page));
  return new Map(kept.map((url) => [url.slice(root.length), serialize({ url })]));
}

describe('sitemap hreflang links', () => {
  it('link a page to its version in the other language, in URL order', () => {
    assert.deepEqual(sitemap().get('id/about/')?.links, [
      { url: `${root}en/about/`, lang: 'en' },
      { url: `${root}id/about/`, lang: 'id' },
    ]);
    assert.deepEqual(sitemap().get('en/about/')?.links, sitemap().get('id/about/')?.links);
  });

  it('give the root language chooser as x-default beside both home pages', () => {
    const links = [
      { url: root, lang: 'x-default' },
      { url: `${root}en/`, lang: 'en' },
      { url: `${root}id/`, lang: 'id' },
    ];
    for (const page of ['', 'id/', 'en/']) assert.deepEqual(sitemap().get(page)?.links, links);
  });

  it('leave out links where a page has no other version, and pages filtered out', () => {
    const site = sitemap();
    assert.equal(site.get('id/only-here/')?.links, undefined);
    assert.equal(site.get('id/articles/a/')?.links, undefined);
    assert.equal(site.has('embed/id/'), false);
    assert.deepEqual(site.get('en/embed/'), { url: `${root}en/embed/` });
  });

  it('link each of 20,000 pages to its two versions', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `${root}${i % 2 ? 'en' : 'id'}/articles/${i >> 1}/`);
    const { filter, serialize } = sitemapAlternates(root, () => true);
    for (const page of many) filter(page);
    assert.equal(many.map((url) => serialize({ url })).filter((item) => item.links?.length === 2).length, 20_000);
  });
});
