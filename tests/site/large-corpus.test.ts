import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumArgs, locateBrowser } from '../../scripts/browser.ts';
import { pageFiles, siteFile } from '../../scripts/page-files.ts';
import { createStaticServer } from '../../scripts/serve.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { useCounted } from '../../src/i18n/plural.ts';
import { fillTemplate } from '../../src/i18n/template.ts';
import { VOLUME_ARTICLES } from '../../src/lib/archive.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { DATA_FILES } from '../../src/lib/graph/data-files.ts';
import { MAX_DRAWN_NODES } from '../../src/lib/graph/most-connected.ts';
import { MAX_ARTICLES, MAX_SPOKES } from '../../src/lib/graph/neighbourhood.ts';
import { formatNumber } from '../../src/lib/lists-and-numbers.ts';
import { COVERAGE_LIMIT, PAGE_LIMIT } from '../../src/lib/paginate.ts';
import { ARTICLE_PARTNERS, EMBED_PARTNERS } from '../../src/lib/partner-chips.ts';
import { MAIN_SITE } from '../e2e/sites.ts';
import { buildSite, writeSyntheticSources } from './synthetic-site.ts';

/*
 * The seed site is small enough to show everything on one page; this one, of 300 synthetic
 * articles, is not. No listing may then show more than a page's worth, what it leaves out must be
 * one link away, and the network must still draw the cities and organisations.
 */

/** An engagement given more articles than an archive volume prints, as a closely followed one gets. */
const CROWDED = 'u20-mayors-summit-2018';
/** A year given more stand-alone articles than a page lists. */
const BUSY_YEAR = 2019;

const work = mkdtempSync(join(tmpdir(), 'jcd-large-'));
after(() => rmSync(work, { recursive: true, force: true }));
const dist = join(work, 'dist');
const base = MAIN_SITE.base;

const html = (path: string): string => readFileSync(join(dist, path), 'utf8');
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
const ENTRY = /<article class="entry"/g;

/** The embed's budget (budgets.test.ts, the embed e2e test): everything a host page loads for it. */
const EMBED_BUDGET = 15 * 1024;

/** Site pages under `dir`, by path from the site's root. */
function pagesUnder(dir: string): string[] {
  return readdirSync(join(dist, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(dist, join(e.parentPath, e.name)));
}

/** Links from a page to the site's pages under `prefix` (e.g. "id/archive/"), as files in dist. */
function linkedPages(text: string, prefix: string): string[] {
  const found = [...text.matchAll(new RegExp(`href="${base}(${prefix}[^"#]*)"`, 'g'))].map((m) => `${m[1]}index.html`);
  return [...new Set(found)];
}

describe('a corpus larger than a page', { timeout: 600_000 }, () => {
  before(() => {
    const sources = join(work, 'sources');
    const corpus = writeSyntheticSources(sources, 300);
    // Copies are left as they are, so that they still match the articles they copy.
    const standalone = corpus.filter(({ file, text }) => !/^engagement:/m.test(text) && !file.includes('-copy-') && !corpus.some((s) => s.file.startsWith(`${file.slice(0, -4)}-copy-`)));
    for (const { file, text } of standalone.slice(0, VOLUME_ARTICLES)) writeFileSync(join(sources, file), text.replace(/^---\n/, `---\nengagement: ${CROWDED}\n`));
    // A year with more entries than a page shows, which its year pages then share.
    for (let i = 0; i <= PAGE_LIMIT; i++) {
      const day = `${BUSY_YEAR}-06-${String(1 + (i % 28)).padStart(2, '0')}`;
      writeFileSync(join(sources, `busy-${i}.txt`), `---\ntitle: Berita ${i}\ndate: ${day}\npublisher: Berita Jakarta\nlang: id\n---\n\nBerita nomor ${i} tentang kota Jakarta.\n`);
    }
    buildSite(sources, work);
  });

  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: the timeline shows the latest entries and links every earlier year to its page`, () => {
      const home = html(`${lang}/index.html`);
      const shown = count(home, ENTRY);
      assert.ok(shown > 0 && shown <= PAGE_LIMIT, `home page shows ${shown} entries`);
      const years = linkedPages(home, `${lang}/timeline/\\d{4}/`);
      assert.ok(years.length > 0, 'no link to an earlier year');
      for (const page of years) assert.ok(existsSync(join(dist, page)), `${page} is linked but not built`);
      const listings = [...pagesUnder(`${lang}/timeline`), ...pagesUnder(`embed/${lang}`)];
      for (const page of listings) assert.ok(count(html(page), ENTRY) <= PAGE_LIMIT, `${page} shows more than ${PAGE_LIMIT} entries`);
      const onYearPages = pagesUnder(`${lang}/timeline`).filter((p) => /timeline\/\d{4}\//.test(p)).reduce((n, p) => n + count(html(p), ENTRY), 0);
      assert.ok(onYearPages > PAGE_LIMIT, `the year pages hold ${onYearPages} entries: fewer than the whole timeline`);
    });

    it(`${lang}: a filter with more entries than its page shows has year pages that keep it`, () => {
      const number = (text: string | undefined): number => Number(text?.replace(/\D/g, ''));
      const filters = [...pagesUnder(`${lang}/timeline/partner`), ...pagesUnder(`${lang}/timeline/kind`)].filter((p) => /timeline\/(partner|kind)\/[^/]+\/index\.html$/.test(p));
      const totals = new Map(filters.map((p) => [p, number(/<p class="meta" role="status"[\s\S]*?<a href="#y\d{4}"[^>]*>([\d.,]+)/.exec(html(p))?.[1])]));
      const crowded = filters.filter((p) => totals.get(p)! > PAGE_LIMIT);
      assert.ok(crowded.length > 0, 'no filter has more entries than a page shows');
      for (const page of crowded) {
        const dir = page.replace(/index\.html$/, '');
        const text = html(page);
        const yearPages = pagesUnder(dir).filter((p) => p !== page);
        // They list each entry as a line (CompactEntries.astro): every entry is on the pages of each of its partners.
        const entriesOn = (pages: string[]) => pages.reduce((n, p) => n + count(html(p), /<li class="compact-entry"/g), 0);
        for (const p of yearPages) assert.equal(count(html(p), ENTRY), 0, `${p} lists entries in full`);
        // Each year's count in the overview leads to that year's entries: on this page, or on the
        // year's pages below the filter's, which together hold just as many.
        const years = [...text.matchAll(/<li[^>]*><a href="([^"]*)"[^>]*>(\d{4})<\/a> <span class="meta"[^>]*>\(([\d.,]+)\)<\/span><\/li>/g)];
        assert.ok(years.some(([, href]) => !href!.startsWith('#')), `${page} links no year page`);
        for (const [, href, year, shown] of years) {
          const listed = href!.startsWith('#')
            ? count(new RegExp(`<section class="year" aria-labelledby="y${year}"[\\s\\S]*?</section>`).exec(text)![0], ENTRY)
            : entriesOn(yearPages.filter((p) => p.startsWith(`${dir}${year}/`)));
          if (!href!.startsWith('#')) assert.equal(href, `${base}${dir}${year}/`, `${page}: ${year} leads off the filter`);
          assert.equal(listed, number(shown), `${page}: ${year}`);
        }
        assert.equal(entriesOn(yearPages), totals.get(page), `${page}: its year pages hold ${entriesOn(yearPages)} of its ${totals.get(page)} entries`);
      }
    });

    it(`${lang}: a year's filters keep the year, each chip leading to as many of its entries as it counts`, () => {
      const compact = (pages: string[]) => pages.reduce((n, p) => n + count(html(p), /<li class="compact-entry"/g), 0);
      // What the page at `href` lists of `year`: at the year's heading of a filter's page, or on the filter's year pages.
      const listedAt = (href: string, year: number): number => {
        const [path = '', anchor] = href.slice(base.length).split('#');
        if (anchor === undefined) return compact(pagesUnder(path));
        assert.equal(anchor, `y${year}`, href);
        return count(new RegExp(`<section class="year" aria-labelledby="y${year}"[\\s\\S]*?</section>`).exec(html(`${path}index.html`))?.[0] ?? '', ENTRY);
      };
      const linksOf = (text: string) => [...text.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, label]) => [href!, label!] as const);
      const yearPages = pagesUnder(`${lang}/timeline`).filter((p) => /timeline\/(?:(?:kind|partner)\/[^/]+\/)?\d{4}\/index\.html$/.test(p));
      const seen = new Set<string>();
      for (const page of yearPages) {
        const year = Number(/(\d{4})\/index\.html$/.exec(page)![1]);
        const [all, ...chips] = linksOf(/<nav class="filters[\s\S]*?<\/nav>/.exec(html(page))![0]);
        assert.equal(all?.[0], `${base}${lang}/timeline/${year}/`, `${page}: "All" leaves the year`);
        for (const [href, label] of chips) {
          assert.ok(href.includes('#') || href.endsWith(`/${year}/`), `${page}: ${href} leads to every year`);
          const shown = /<span class="n"[^>]*>([\d.,]+)/.exec(label)?.[1];
          const listed = listedAt(href, year);
          if (shown) assert.equal(listed, Number(shown.replace(/\D/g, '')), `${page}: ${href}`);
          else assert.ok(listed > 0, `${page}: ${href} lists nothing of ${year}`);
          seen.add(href.includes('#') ? 'anchor' : 'year page');
        }
      }
      assert.deepEqual([...seen].sort(), ['anchor', 'year page'], 'the chips lead to year pages of filters and to years on filters\' pages');
      // A filter's year page counts what it lists of that year, beside the filter's total, which its link leads to.
      const counted = useCounted(lang);
      for (const page of yearPages.filter((p) => /(kind|partner)\//.test(p))) {
        const year = Number(/(\d{4})\/index\.html$/.exec(page)![1]);
        const filterPage = page.replace(/\d{4}\/index\.html$/, '');
        const [inYear, total] = [listedAt(`${base}${filterPage}${year}/`, year), compact(pagesUnder(filterPage).filter((p) => p !== `${filterPage}index.html`))];
        const status = /<p class="meta" role="status"[\s\S]*?<\/p>/.exec(html(page))![0];
        assert.deepEqual(linksOf(status).slice(0, 2), [
          [`#y${year}`, fillTemplate(counted('timeline.countInYear', inYear), { n: formatNumber(inYear, lang), year })],
          [`${base}${filterPage}`, fillTemplate(useTranslations(lang)('timeline.ofAllYears'), { n: formatNumber(total, lang) })],
        ], page);
      }
    });

    it(`${lang}: a year over a page says which of its pages a page is, and leads to the next and the one before`, () => {
      const t = useTranslations(lang);
      const pages = [`${lang}/timeline/${BUSY_YEAR}/`, `${lang}/timeline/${BUSY_YEAR}/2/`];
      pages.forEach((page, i) => {
        const text = html(`${page}index.html`);
        const head = /<nav class="year-pages"[\s\S]*?<\/nav>/.exec(text)?.[0] ?? '';
        assert.match(head, new RegExp(`<p[^>]*>${t('paging.pageOf').replace('{page}', String(i + 1)).replace('{pages}', '2').replace('{days}', '[^<]+')}</p>`), `${page}: which page`);
        // The next page, and the one before, are links at its head and at its foot.
        const next = pages[i + 1];
        const previous = pages[i - 1];
        for (const [target, label] of [[next, 'paging.nextPage'], [previous, 'paging.previousPage']] as const) {
          const links = count(text, new RegExp(`<a href="${base}${target}"[^>]*>[^<]*${t(label)}`, 'g'));
          assert.equal(links, target ? 2 : 0, `${page}: ${t(label)}`);
        }
        // The filter bar's "All" leads to the year's first page: the page itself only there.
        const all = new RegExp(`<a class="chip" href="${base}${pages[0]}" aria-current="([a-z]+)"[^>]*>${t('timeline.all')} `).exec(text);
        assert.equal(all?.[1], i === 0 ? 'page' : 'true', `${page}: "All" is the filter shown, and this page only on the first`);
      });
    });

    it(`${lang}: a news item names at most ${ARTICLE_PARTNERS} partners on the timeline and ${EMBED_PARTNERS} in the widget, its headline's among them, and counts the rest`, () => {
      const chipsOf = (entry: string) => [...entry.matchAll(/<a class="chip" href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, label]) => ({ href: href!, text: label!.replace(/<[^>]*>/g, '') }));
      const newsItems = (page: string) => [...html(page).matchAll(/<article class="entry"[^>]*data-kind="article"[^>]*>[\s\S]*?<\/article>/g)].map(([entry]) => entry);
      const listings = [
        { pages: pagesUnder(`${lang}/timeline`).filter((p) => /timeline\/\d{4}\//.test(p)), max: ARTICLE_PARTNERS },
        { pages: pagesUnder(`embed/${lang}`), max: EMBED_PARTNERS },
      ];
      for (const { pages, max } of listings) {
        let capped = 0;
        for (const page of pages) {
          for (const entry of newsItems(page)) {
            const chips = chipsOf(entry);
            const more = Number(/<li class="meta">\+(\d+)/.exec(entry)?.[1] ?? 0);
            assert.ok(chips.length <= max + 1, `${page}: a news item shows ${chips.length} partners`);
            if (more > 0) capped++;
            // Every synthetic headline names a partner city ("Jakarta dan Roma …"), in Indonesian.
            const title = /<h3[^>]*><a[^>]*>([^<]*)<\/a>/.exec(entry)![1]!;
            if (lang === 'id' && chips.length > 0) assert.ok(chips.some((c) => title.includes(c.text.trim())), `${page}: none of ${chips.map((c) => c.text).join(', ')} is the partner "${title}" names`);
          }
        }
        assert.ok(capped > 0, `${pages[0]}…: no news item had more partners than it shows`);
      }
      // A partner's page shows that partner on each of its news items, wherever it sorts.
      const partnerPage = pagesUnder(`${lang}/timeline/partner`).find((p) => /partner\/[^/]+\/index\.html$/.test(p) && newsItems(p).length > 0)!;
      const id = /partner\/([^/]+)\//.exec(partnerPage)![1]!;
      for (const entry of newsItems(partnerPage)) assert.ok(chipsOf(entry).some((c) => c.href.endsWith(`/${id}/`)), `${partnerPage}: a news item without ${id}`);
    });

    it(`${lang}: the widget, with everything it and its loader load, stays within ${EMBED_BUDGET / 1024} KB gzip`, () => {
      // Its entries are capped, not their weight: a hundred news items with many partners each.
      const files = [...pageFiles(`${base}embed/${lang}/`, (path) => siteFile(dist, base, path)), ...pageFiles(`${base}embed.js`, (path) => siteFile(dist, base, path))];
      const sizes = files.map(({ path, bytes }) => [path, bytes ? gzipSync(bytes, { level: 9 }).length : NaN] as const);
      const total = sizes.reduce((n, [, size]) => n + size, 0);
      assert.ok(total <= EMBED_BUDGET, `embed/${lang}/ weighs ${total} B gzip:\n${sizes.map((s) => s.join(' ')).join('\n')}`);
    });

    it(`${lang}: a listing shows ${COVERAGE_LIMIT} of an engagement's sources and links the page that has them all`, () => {
      const home = html(`${lang}/index.html`);
      const lists = [...home.matchAll(/<ul class="coverage-list[^"]*"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => m[1]!);
      const cut = lists.filter((list) => list.includes('class="more"'));
      assert.ok(cut.length > 0, 'no engagement has more sources than a listing shows');
      for (const list of lists) assert.ok(count(list, /<li/g) <= COVERAGE_LIMIT + 1, `a coverage list of ${count(list, /<li/g)} items`);
      for (const list of cut) {
        const [more] = linkedPages(/<li class="more"[\s\S]*?<\/li>/.exec(list)![0], `${lang}/engagements/`);
        assert.ok(more && existsSync(join(dist, more)), `the rest of the sources are not one link away: ${more}`);
        // The page lists the sources its summary cites, then the other articles.
        const all = [...html(more).matchAll(/<ul class="coverage-list[^"]*"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => m[1]!).join('');
        assert.ok(count(all, /<li/g) > COVERAGE_LIMIT, `${more} does not list every source`);
      }
    });

    it(`${lang}: the archive is a cover with volumes, and the about page cites the rest of its sources there`, () => {
      const cover = html(`${lang}/archive/index.html`);
      assert.equal(count(cover, /class="archive-article"/g), 0, 'the cover prints articles');
      // It does not claim to be the whole record in one document.
      assert.equal(/<p class="lead"[^>]*>([^<]*)<\/p>/.exec(cover)?.[1], useTranslations(lang)('archive.descriptionVolumes'));
      const volumes = linkedPages(cover, `${lang}/archive/\\d{4}/`);
      assert.ok(volumes.length > 1, 'the cover links no volumes');
      for (const page of volumes) {
        assert.ok(existsSync(join(dist, page)), `${page} is linked but not built`);
        assert.ok(count(html(page), /class="archive-article"/g) <= VOLUME_ARTICLES, `${page} prints more than ${VOLUME_ARTICLES} articles`);
        // A volume says it is one year of the record, and counts only what it holds.
        const lead = /<p class="lead"[^>]*>([^<]*)<\/p>/.exec(html(page))?.[1];
        assert.equal(lead, useTranslations(lang)('paging.volumeDescription'), `${page}: lead`);
        const contents = /<strong[^>]*>[^<]*:<\/strong>([^<]*)<\/p>/.exec(html(page))?.[1] ?? '';
        assert.ok(contents && !/(^|\s)0\s/.test(contents), `${page} counts "${contents}"`);
      }
      // Each article once, and every link between the volumes lands on what it names.
      const printed = volumes.flatMap((page) => [...html(page).matchAll(/<article class="archive-article" id="article-([^"]+)"/g)].map((m) => m[1]!));
      assert.equal(new Set(printed).size, printed.length, 'an article is printed twice');
      for (const page of volumes) {
        for (const [, target, anchor] of html(page).matchAll(new RegExp(`href="(?:${base}(${lang}/archive/[^"#]*))?#((?:article|entry)-[^"]+)"`, 'g'))) {
          const file = target ? `${target}index.html` : page;
          assert.ok(existsSync(join(dist, file)) && html(file).includes(`id="${anchor}"`), `${page} links ${target ?? ''}#${anchor}, which is not there`);
        }
      }
      const about = html(`${lang}/about/index.html`);
      assert.ok(count(about, /class="cited"/g) <= PAGE_LIMIT, 'the about page cites more than a page of entries');
      const cited = linkedPages(about, `${lang}/archive/\\d{4}/`);
      assert.ok(cited.length > 0, 'the about page does not say where the earlier sources are');
      for (const page of cited) assert.ok(existsSync(join(dist, page)), `${page} is linked but not built`);
    });

    it(`${lang}: an engagement with more articles than a volume prints is cut into pieces, each listing its own`, () => {
      const cover = html(`${lang}/archive/index.html`);
      const volumes = linkedPages(cover, `${lang}/archive/\\d{4}/`).filter((page) => html(page).includes(`id="entry-${CROWDED}"`));
      const pieces = volumes.map((page) => new RegExp(`<section class="archive-entry" id="entry-${CROWDED}"[\\s\\S]*?</section>`).exec(html(page))![0]);
      assert.ok(pieces.length >= 2, `the engagement is in ${pieces.length} volume(s)`);
      // The cover names a volume that holds only a piece (the first, a full volume) by the engagement's title, the others by their dates.
      const title = /<h2 id="entry-[^"]*-title"[^>]*>([^<]*)<\/h2>/.exec(pieces[0]!)![1]!;
      const listed = [...cover.matchAll(/<li data-archive-volume[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      assert.ok(listed.some((item) => item.includes(volumes[0]!.replace(/index\.html$/, '')) && item.includes(title)), `the cover does not name ${volumes[0]} by "${title}"`);
      assert.ok(listed.every((item) => item.includes(title) || /<time datetime="\d{4}-\d\d-\d\d"/.test(item)), 'a volume is listed with neither its dates nor its engagement');
      // Every volume with a piece names it, one it shares with other entries (the last piece) too.
      for (const volume of volumes) {
        const item = listed.find((text) => text.includes(`href="${base}${volume.replace(/index\.html$/, '')}"`)) ?? '';
        assert.ok(item.includes(title) && /\d+–\d+/.test(item), `the cover does not name ${volume} by "${title}" and its articles`);
      }
      let total = 0;
      pieces.forEach((piece, i) => {
        assert.ok(piece.includes('class="piece"'), `piece ${i + 1} does not say which articles it prints`);
        const sources = /<ul class="coverage-list[\s\S]*?<\/ul>/.exec(piece)![0];
        const printed = count(piece, /<article class="archive-article"/g);
        assert.ok(printed <= VOLUME_ARTICLES && count(sources, /href="#article-/g) === printed, `piece ${i + 1} prints ${printed} articles and lists ${count(sources, /href="#article-/g)}`);
        // The sources the summary cites are not articles; the first piece alone lists them.
        assert.equal(count(sources, /<li/g) > printed, i === 0, `piece ${i + 1}: cited sources`);
        total += printed;
      });
      assert.ok(total > VOLUME_ARTICLES, `${total} articles in the pieces`);
    });

    it(`${lang}: that engagement's page lists its cited sources first, then ${PAGE_LIMIT} of its articles, and leads to the first of the rest in the archive`, () => {
      const page = html(`${lang}/engagements/${CROWDED}/index.html`);
      const [cited, articles, ...others] = [...page.matchAll(/<ul class="coverage-list[\s\S]*?<\/ul>/g)].map((m) => m[0]);
      assert.ok(cited && articles && others.length === 0, 'the cited sources and the other articles are not two lists');
      // The engagement's file cites reports by JPNN and liputanindo.id, which no synthetic article is.
      for (const publisher of ['JPNN', 'liputanindo.id']) assert.ok(cited.includes(publisher) && !articles.includes(publisher), `${publisher} is not among the cited sources, first`);
      assert.equal(count(articles, new RegExp(`href="${base}${lang}/articles/`, 'g')), PAGE_LIMIT);
      const more = /<li class="more"[^>]*>([\s\S]*?)<\/li>/.exec(articles)?.[1] ?? '';
      const [, target, anchor] = /^\s*<a href="([^"#]*)#([^"]+)"/.exec(more) ?? [];
      const file = `${target!.slice(base.length)}index.html`;
      const article = anchor?.replace(/^article-/, '') ?? '';
      assert.ok(anchor?.startsWith('article-') && existsSync(join(dist, file)) && html(file).includes(`id="${anchor}"`), `the link does not land on an article: ${target}#${anchor}`);
      assert.ok(!page.includes(`/${lang}/articles/${article}/"`), `the link lands on ${article}, which the page lists`);
      // It names each volume that prints one of the rest, and only those.
      const volumes = [...more.matchAll(new RegExp(`href="${base}(${lang}/archive/[^"#]*)#entry-${CROWDED}"`, 'g'))].map((m) => `${m[1]}index.html`);
      assert.ok(volumes.length > 0 && volumes.includes(file), `the volumes named: ${volumes.join(', ')}`);
      for (const volume of volumes) {
        const piece = new RegExp(`<section class="archive-entry" id="entry-${CROWDED}"[\\s\\S]*?</section>`).exec(html(volume))?.[0] ?? '';
        const printed = [...piece.matchAll(/<article class="archive-article" id="article-([^"]+)"/g)].map((m) => m[1]!);
        assert.ok(printed.some((id) => !page.includes(`/${lang}/articles/${id}/"`)), `${volume} prints none of the rest`);
      }
    });

    it(`${lang}: a city named by more articles than its page lists leads to a search for it`, () => {
      const mentioned = /<section class="prose" aria-labelledby="mentioned"[\s\S]*?<\/section>/.exec(html(`${lang}/cities/jakarta/index.html`))?.[0] ?? '';
      assert.match(mentioned, new RegExp(`<a href="${base}${lang}/search/\\?q=Jakarta"[ >]`));
    });

    it(`${lang}: the network draws at most ${MAX_DRAWN_NODES} nodes, every city and organisation among them`, () => {
      const network = html(`${lang}/network/index.html`);
      const graph = JSON.parse(html('data/graph.json')) as { nodes: { id: string; type: string }[] };
      assert.ok(graph.nodes.length > MAX_DRAWN_NODES, `the corpus has only ${graph.nodes.length} nodes`);
      const drawn = count(network, /class="node type-/g);
      assert.ok(drawn > 0 && drawn <= MAX_DRAWN_NODES, `${drawn} nodes drawn`);
      const partners = graph.nodes.filter((n) => n.type === 'city' || n.type === 'organisation').length;
      assert.equal(count(network, /class="node type-(city|organisation)/g), partners);
      // A node tells its links in the whole graph (the find reads them), though fewer are drawn.
      const { edges } = JSON.parse(html('data/graph.json')) as { edges: { source: string; target: string }[] };
      const linksOf = (id: string) => edges.filter((e) => e.source === id || e.target === id).length;
      const told = [...network.matchAll(/data-id="([^"]+)"[^>]*data-degree="(\d+)"/g)].map(([, id, degree]) => [id!, Number(degree)] as const);
      assert.equal(told.length, drawn);
      assert.deepEqual(told.filter(([id, degree]) => degree !== linksOf(id)), []);
      const drawnLinks = (id: string) => count(network, new RegExp(`data-(?:source|target)="${id}"`, 'g'));
      assert.ok(told.some(([id, degree]) => drawnLinks(id) < degree), 'every node has all its links drawn');
    });

    it(`${lang}: the data downloads give each file's size and say the graph draws only part of what they hold`, () => {
      const graph = JSON.parse(html('data/graph.json')) as { nodes: unknown[]; edges: unknown[] };
      for (const page of [`${lang}/network/index.html`, `${lang}/about/index.html`]) {
        const downloads = /id="data"[\s\S]*?<\/ul>/.exec(html(page))?.[0] ?? '';
        for (const { file } of DATA_FILES) {
          const size = formatFileSize(statSync(join(dist, 'data', file)).size, lang);
          assert.ok(downloads.includes(`(${file}, ${size})`), `${page} does not give ${file} as ${size}`);
        }
        // "The same nodes and links as the graph" would be false: the files hold them all.
        const caption = /<p>([^<]*)<\/p>/.exec(downloads)?.[1] ?? '';
        assert.notEqual(caption, useTranslations(lang)('network.dataIntro'), `${page}: ${caption}`);
        for (const n of [graph.nodes.length, graph.edges.length, MAX_DRAWN_NODES]) assert.ok(caption.includes(formatNumber(n, lang)), `${page}: "${caption}" does not say ${n}`);
      }
    });

    it(`${lang}: a hub's neighbourhood drawing keeps to its latest ${MAX_ARTICLES} articles and sends the reader to the page's list of them`, () => {
      const jakarta = html(`${lang}/cities/jakarta/index.html`);
      const figure = /<figure class="neighbourhood"[\s\S]*?<\/figure>/.exec(jakarta)?.[0] ?? '';
      const graph = JSON.parse(html('data/graph.json')) as { nodes: { id: string; type: string }[]; edges: { source: string; target: string }[] };
      const types = new Map(graph.nodes.map((n) => [n.id, n.type]));
      const neighbours = graph.edges.filter((e) => e.source === 'jakarta' || e.target === 'jakarta').map((e) => (e.source === 'jakarta' ? e.target : e.source));
      const others = neighbours.filter((id) => types.get(id) !== 'article').length;
      assert.ok(neighbours.length > others + MAX_ARTICLES, `Jakarta has only ${neighbours.length} neighbours`);
      const drawn = others + MAX_ARTICLES;
      assert.ok(drawn <= MAX_SPOKES);
      assert.equal(count(figure, /<path class="edge/g), drawn, 'links of the fan');
      const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(figure)?.[1] ?? '';
      assert.ok(caption.includes(`${drawn}`) && caption.includes(`${neighbours.length}`), `the caption does not say ${drawn} of ${neighbours.length}: ${caption}`);
      assert.match(caption, /<a href="#mentioned"[ >]/, 'the caption does not lead to the list of articles');
      assert.match(jakarta, /<h2 id="mentioned"[ >]/);
    });
  }

  it('every page type fits a 320 px screen (WCAG reflow): nothing scrolls the page sideways', async () => {
    // Names and titles run long at scale (a select is as wide as its longest option), which the
    // seed site's few short names never show.
    // A page in the folder, not the folder's own, which sends the reader on (src/lib/folder-pages.ts).
    const pageOf = (dir: string, pattern = /index\.html$/) => pagesUnder(dir).find((p) => pattern.test(p) && p !== `${dir}/index.html`)!.replace(/index\.html$/, '');
    const paths = (['id', 'en'] as const).flatMap((lang) => [
      `${lang}/`,
      pageOf(`${lang}/timeline`, /timeline\/\d{4}\/index\.html$/),
      pageOf(`${lang}/timeline/partner`),
      pageOf(`${lang}/engagements`),
      pageOf(`${lang}/articles`),
      `${lang}/cities/jakarta/`,
      pageOf(`${lang}/organisations`),
      `${lang}/archive/`,
      pageOf(`${lang}/archive`, /archive\/\d{4}\/index\.html$/),
      `${lang}/network/`,
      `${lang}/embed/`,
      `${lang}/search/`,
      `${lang}/about/`,
      `embed/${lang}/`,
    ]);
    const server = createStaticServer(dist, base).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const executablePath = locateBrowser();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs() });
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(`${origin}${base}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${path}: ${width} px`);
      }
      assert.deepEqual(wide, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
