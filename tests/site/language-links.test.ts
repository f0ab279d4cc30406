import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { attributeOf } from '../../scripts/page-files.ts';
import { base, dist, readPage } from './built-site.ts';

const LANGS = ['id', 'en'] as const;

/** The language whose pages a site path belongs to: `/id/…`, `/en/…` and the widget's `/embed/id/…`. */
const languageOf = (sitePath: string): string | undefined => /^\/(?:embed\/)?(id|en)\//.exec(sitePath)?.[1];

/** Every built page of one language or the other, by its path under the site's root. */
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
  .filter((path) => languageOf(path) !== undefined);

interface Link {
  page: string;
  href: string;
  /** The site path it leads to, when that is on this site. */
  path: string | undefined;
  hreflang: string | undefined;
}

function linksOf(page: string): Link[] {
  const html = readPage(page);
  const pageUrl = new URL(`${base}${page.slice(1)}`, 'http://site');
  return [...html.matchAll(/<a\b[^>]*>/gi)].flatMap(([tag]) => {
    const href = attributeOf(tag, 'href');
    if (!href) return [];
    const url = new URL(href.replace(/&amp;/g, '&'), pageUrl);
    const internal = url.origin === pageUrl.origin && url.pathname.startsWith(base);
    return [{ page, href, path: internal ? `/${url.pathname.slice(base.length)}` : undefined, hreflang: attributeOf(tag, 'hreflang') }];
  });
}

const targetOf = (link: Link): string | undefined => (link.path ? languageOf(link.path) : undefined);
const twinOf = (page: string): string => page.replace(/^\/(id|en)\//, (_, lang: string) => `/${lang === 'id' ? 'en' : 'id'}/`);

// withastro/docs' practice: a link that leaves the reader's language says so, so that a browser,
// a screen reader and a search engine know what the next page is in; none says so falsely.
describe('links between the two languages', () => {
  const links = pages.flatMap(linksOf);

  it('reads pages of both languages', () => {
    for (const lang of LANGS) assert.ok(pages.filter((p) => languageOf(p) === lang).length > 20, `few ${lang} pages in ${dist}`);
  });

  it('every link into the other language carries its hreflang', () => {
    const unmarked = links.filter((l) => targetOf(l) && targetOf(l) !== languageOf(l.page) && l.hreflang !== targetOf(l));
    assert.deepEqual(unmarked.map((l) => `${l.page}: ${l.href} leads to the ${targetOf(l)} pages without hreflang="${targetOf(l)}"`), []);
  });

  // A link to an original publication may name its language too; this site's own pages must be right.
  it('no link to this site names a language its page is not in', () => {
    const wrong = links.filter((l) => l.path && l.hreflang && targetOf(l) !== l.hreflang);
    assert.deepEqual(wrong.map((l) => `${l.page}: ${l.href} has hreflang="${l.hreflang}" but leads to ${targetOf(l) ? `a ${targetOf(l)} page` : 'a page of neither language'}`), []);
  });

  // The widget has no language switch: the site that frames it chooses the language.
  it('every page but the widget links the same page in the other language', () => {
    const alone = pages.filter((page) => !page.startsWith('/embed/') && !links.some((l) => l.page === page && l.path === twinOf(page)));
    assert.deepEqual(alone.map((page) => `${page} has no link to ${twinOf(page)}`), []);
  });
});

/** hreflang and address pairs, sorted: a page's head and its sitemap entry must give the same. */
const alternatesIn = (markup: string): string[] =>
  [...markup.matchAll(/<(?:link|xhtml:link) rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, hreflang, href]) => `${hreflang} ${href}`).sort();

describe('the versions of a page', () => {
  const entries = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];

  it('are the same in its head as in the sitemap, where search engines read them twice', () => {
    const differing = entries.flatMap(([, loc, links]) => {
      const page = `/${new URL(loc!).pathname.slice(base.length)}`;
      const [head, sitemap] = [alternatesIn(readPage(page).split('</head>')[0]!), alternatesIn(links!)];
      return head.join('\n') === sitemap.join('\n') ? [] : [`${page}: head ${JSON.stringify(head)}, sitemap ${JSON.stringify(sitemap)}`];
    });
    assert.ok(entries.length > 100, `only ${entries.length} sitemap entries`);
    assert.deepEqual(differing, []);
  });
});
