import { join } from 'node:path';
import { useTranslations } from '../../src/i18n/index.ts';
import { articles, engagements, squash, translation } from './content.ts';
import { expect, test } from './fixtures.ts';
import { readPdf } from './pdf.ts';
import { MAIN_SITE } from './sites.ts';

const languages = ['id', 'en'] as const;
const seedArticles = articles();
const byStart = [...engagements].sort((a, b) => a.data.start.localeCompare(b.data.start));
const titleIn = (lang: 'id' | 'en', article: (typeof seedArticles)[number]) =>
  lang === article.lang ? article.title : translation(lang, article.id).title;
/** Every address the archive must cite: the articles' and the engagements' sources'. */
const addresses = [
  ...seedArticles.flatMap((a) => (a.url ? [a.url] : [])),
  ...engagements.flatMap((e) => e.data.sources.flatMap((s) => ('url' in s && s.url ? [s.url] : []))),
];

for (const lang of languages) {
  test.describe(`archive (${lang})`, () => {
    test('holds every engagement in order, each followed by its articles in full', async ({ page }) => {
      await page.goto(`${lang}/archive/`);
      const headings = (await page.locator('.archive-entry h2, .archive-article h3').allInnerTexts()).map(squash);
      const expected = byStart.flatMap(({ id, data }) => [
        squash(data.title[lang]),
        ...seedArticles.filter((a) => a.engagement === id).map((a) => squash(titleIn(lang, a))),
      ]);
      expect(headings).toEqual(expected);
      for (const article of seedArticles) {
        const shown = lang === article.lang ? article.paragraphs : translation(lang, article.id).paragraphs;
        const body = squash(await page.locator(`#article-${article.id} [data-article-body]`).innerText());
        for (const paragraph of shown) expect(body).toContain(squash(paragraph));
        const t = useTranslations(lang);
        await expect(page.locator(`#article-${article.id} .meta`).filter({ hasText: t('archive.address') })).toHaveText(
          `${t('archive.address')}: ${article.url ?? t('archive.addressUnknown')}`,
        );
        const original = page.locator(`#article-${article.id} .head cite[lang="${article.lang}"]`);
        if (lang === article.lang) await expect(original).toHaveCount(0);
        else await expect(original).toHaveText(squash(article.title));
      }
      for (const url of addresses) await expect(page.locator(`main a[href="${url}"]`).first()).toBeAttached();
    });

    test('prints without navigation or controls', async ({ page }) => {
      await page.goto(`${lang}/archive/`);
      await expect(page.locator('header.site')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.site')).toBeHidden();
      await expect(page.locator('a.download')).toBeHidden();
      await expect(page.locator('footer.site nav')).toBeHidden();
      await expect(page.locator('.archive-entry').first()).toHaveCSS('break-before', 'page');
    });

    test('prints its citations and its keys at 9 pt or more', async ({ page }) => {
      await page.goto(`${lang}/archive/`);
      await page.emulateMedia({ media: 'print' });
      // Every element that holds text of its own, down to a source's date and address.
      const sizes = await page.locator('main :is(.with-addresses, .number-key)').evaluateAll((lists) =>
        lists.flatMap((list) =>
          [list, ...list.querySelectorAll('*')].flatMap((el) =>
            [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) ? [{ text: el.textContent?.slice(0, 40), pt: (parseFloat(getComputedStyle(el).fontSize) * 3) / 4 }] : [],
          ),
        ),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter((s) => s.pt < 9)).toEqual([]);
    });

    test('prints an entry’s summary, partners and pieces against the 11 pt text, not the screen’s', async ({ page }) => {
      await page.goto(`${lang}/archive/`);
      await page.emulateMedia({ media: 'print' });
      const pt = (selector: string) => page.locator(`main ${selector}`).first().evaluate((el) => (parseFloat(getComputedStyle(el).fontSize) * 3) / 4);
      expect(await pt('.archive-entry .summary')).toBeCloseTo(12.1, 1);
      expect(await pt('.archive-entry .partners')).toBeCloseTo(10.45, 1);
    });

    test('names each article in its table of contents as its heading does, in the same language', async ({ page }) => {
      await page.goto(`${lang}/archive/`);
      const entries = page.locator('.toc ol ol a');
      expect(await entries.count()).toBeGreaterThan(0);
      for (const link of await entries.all()) {
        const heading = page.locator(`${await link.getAttribute('href')}-title`);
        await expect(link).toHaveText((await heading.textContent()) ?? '');
        await expect(link).toHaveAttribute('lang', (await heading.getAttribute('lang')) ?? '');
      }
    });

    test('ends with the network and the map as static drawings, with no focus stops', async ({ page }) => {
      await page.goto(`${lang}/archive/`);
      const network = page.locator('#network');
      await expect(network.locator('svg.graph[role="img"] .node').first()).toBeVisible();
      await expect(network.locator('svg.graph a')).toHaveCount(0);
      await expect(network.locator('svg.world .city').first()).toBeAttached();
      // It cannot zoom: every node shows its name, or a number that the key under the legend names.
      await expect(network.locator('svg.graph .node:not(.labelled)')).toHaveCount(0);
      const numbered = await network.locator('svg.graph .node.keyed').evaluateAll((nodes) =>
        nodes.map((n) => ({ key: Number(n.querySelector('.label')?.textContent), names: n.getAttribute('data-names')?.split('|') ?? [] })),
      );
      // Two keys: the whole one under the legend, and the map's part of it under the map, a page on.
      const keys = network.locator('.number-key');
      await expect(keys).toHaveCount(2);
      const read = (list: typeof keys) => list.locator('li').evaluateAll((items) => items.map((li) => ({ key: (li as HTMLLIElement).value, name: li.textContent })));
      const key = await read(keys.first());
      expect(numbered.length).toBeGreaterThan(0);
      expect(key.map((k) => k.key)).toEqual(key.map((_, i) => i + 1));
      for (const { key: n, names } of numbered) expect(names).toContain(key[n - 1]?.name);
      // The map shows no cards, printed or not: each city has its name, or a number from the same
      // key, on paper and on screen alike.
      await expect(network.locator('svg.world .card')).toHaveCount(0);
      const cities = await network.locator('svg.world a.city').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
      const named = network.locator('svg.world .named text');
      await expect(named.first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(named.first()).toBeVisible();
      const texts = await named.allTextContents();
      expect(texts).toHaveLength(cities.length);
      const names = texts.map((text) => (/^\d+$/.test(text) ? key[Number(text) - 1]?.name : text));
      for (const name of names) expect(cities.some((city) => city.startsWith(name ?? '?')), `${name} is a city on the map`).toBe(true);
      expect(new Set(names).size).toBe(cities.length);
      // The key has no number that neither picture uses.
      const used = new Set([...numbered.map((n) => n.key), ...texts.filter((text) => /^\d+$/.test(text)).map(Number)]);
      expect(key.filter((k) => !used.has(k.key))).toEqual([]);
      // The map's key names every number on the map, as the whole key does, and no other.
      expect(await read(keys.last())).toEqual(key.filter((k) => texts.includes(String(k.key))));
      const contents = await page.locator('.toc > ol > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(contents.slice(-2)).toEqual(['#network', '#map']);
      await expect(page.locator('#map')).toHaveText(useTranslations(lang)('network.map'));
    });

    test('links its PDF, which has every title and address, a bookmark per section and its language', async ({ page, request }) => {
      await page.goto(`${lang}/archive/`);
      const href = await page.locator('a.download').getAttribute('href');
      expect(href).toBe(`${new URL(page.url()).pathname.replace(/[a-z]{2}\/archive\/$/, '')}archive-${lang}.pdf`);
      const response = await request.get(new URL(href ?? '', page.url()).href);
      expect(response.headers()['content-type']).toBe('application/pdf');

      const pdf = await readPdf(join(MAIN_SITE.outDir, `archive-${lang}.pdf`));
      for (const { data } of engagements) expect(pdf.text).toContain(squash(data.title[lang]));
      for (const article of seedArticles) expect(pdf.text).toContain(squash(titleIn(lang, article)));
      const unbroken = pdf.text.replace(/\s/g, '');
      for (const url of addresses) expect(unbroken).toContain(url);
      // A cover, a table of contents, then each engagement from a new page.
      expect(pdf.pages).toBeGreaterThanOrEqual(2 + engagements.length);
      expect(pdf.pages).toBeLessThanOrEqual(2 + 3 * (engagements.length + seedArticles.length));
      // An article's heading is printed on the page where its text begins, not alone at a page's foot.
      const articlePages = seedArticles.map((article) => {
        const first = squash((lang === article.lang ? article.paragraphs : translation(lang, article.id).paragraphs)[0]!).slice(0, 40);
        const page = pdf.pageTexts.findIndex((text) => text.includes(first));
        expect(pdf.pageTexts[page], `${article.id}: its heading is on the page where its text begins`).toContain(squash(titleIn(lang, article)));
        return page + 1;
      });
      // The contents give each section's page: an engagement's first, an article's, the network's and the map's (the last two).
      const t = useTranslations(lang);
      const engagementPages = engagements.map(({ data }) => pdf.pageTexts.findIndex((text, i) => i > 1 && text.includes(squash(data.title[lang]))) + 1);
      const numbers = pdf.pageTexts[1]!.split(squash(t('network.map'))).at(-1)!.trim().split(' ').map(Number);
      expect(numbers).toEqual([...engagementPages, ...articlePages, pdf.pages - 1, pdf.pages].sort((a, b) => a - b));
      // The network with its key on a page, then the map, which the footer's line ends: never alone on a page.
      const [network, map] = pdf.pageTexts.slice(-2) as [string, string];
      expect(network).toContain(squash(t('network.title')));
      expect(network).toContain(squash(t('network.numbered')));
      expect(map).toContain(squash(t('network.map')));
      expect(map).toContain(squash(t('footer.made')));
      // The map's numbers are named on its own page: the reader need not turn back to the key.
      const mapKey = await page.locator('#network .number-key').last().locator('li').allTextContents();
      expect(mapKey.length).toBeGreaterThan(0);
      for (const name of mapKey) expect(map).toContain(squash(name));
      // Moscow is named once in each picture: a halo drawn as a stroke would print each name twice.
      for (const page of [network, map]) expect(page.split(lang === 'id' ? 'Moskwa' : 'Moscow')).toHaveLength(2);
      expect(pdf.info['Title']).toContain(lang === 'id' ? 'Arsip' : 'Archive');
      expect(pdf.info['Language']).toBe(lang === 'id' ? 'id-ID' : 'en-GB');
      // Its author and keywords are the site's, in the PDF's language.
      expect(pdf.info['Author']).toBe(t('site.title'));
      expect(pdf.info['Keywords']).toContain(t('archive.keywords').split(', ')[1]!);
      for (const { data } of engagements) expect(pdf.outline.map(squash)).toContain(squash(data.title[lang]));
    });
  });
}
