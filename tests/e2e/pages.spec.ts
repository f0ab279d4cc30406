import type { Page } from '@playwright/test';
import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import { useTranslations } from '../../src/i18n/index.ts';
import { fillTemplate } from '../../src/i18n/template.ts';
import { FOLDERS, WIDGET_FOLDERS } from '../../src/lib/folder-pages.ts';
import { languageName } from '../../src/lib/language-names.ts';
import { articles, engagements, gazetteerName, gazetteerNameInSentence, squash, translation } from './content.ts';
import { datePattern, longDate } from './dates.ts';
import { expect, test } from './fixtures.ts';
import { readPdf } from './pdf.ts';

const languages = ['id', 'en'] as const;
const seedArticles = articles();

/** The paths the search results shown link to. */
const resultPaths = (page: Page): Promise<string[]> =>
  page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

test('both seed articles were ingested', () => {
  expect(seedArticles.map((a) => a.id).sort()).toEqual([
    '2018-10-30-anies-jadi-panelis-social-integration-and-inclusion-di-u20',
    '2022-11-21-atasi-persoalan-perkotaan-pemprov-dki-bertukar-pikiran',
  ]);
});

for (const lang of languages) {
  test.describe(`pages (${lang})`, () => {
    for (const article of seedArticles) {
      test(`article ${article.id}: full text, byline, date, original and other language`, async ({ page }) => {
        await page.goto(`${lang}/articles/${article.id}/`);
        const shown = lang === article.lang ? { title: article.title, paragraphs: article.paragraphs } : translation(lang, article.id);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(squash(shown.title));
        const body = squash(await page.locator('[data-article-body]').innerText());
        for (const paragraph of shown.paragraphs) expect(body).toContain(squash(paragraph));
        await expect(page.locator('[data-article-body] p')).toHaveCount(shown.paragraphs.length);
        await expect(page.locator('article header .meta time').first()).toContainText(longDate(article.id.slice(0, 10), lang));
        if (article.url) await expect(page.locator(`a[href="${article.url}"]`)).toHaveCount(1);
        await expect(page.locator('footer a[data-other-language]')).toHaveAttribute('href', new RegExp(`/${lang === 'id' ? 'en' : 'id'}/articles/${article.id}/$`));
        await expect(page.locator('aside .chips a').first()).toBeVisible();
        // The translator's name ends a sentence of the page's language, and reads as one.
        if (lang === 'en' && article.lang !== 'en') await expect(page.locator('article header .meta', { hasText: 'Translated by' })).toHaveText('Translated by the Jakarta City Diplomacy project.');
        // A translation gives the headline as published, which is what a reader cites.
        const original = page.locator(`article header cite[lang="${article.lang}"]`);
        if (lang === article.lang) await expect(original).toHaveCount(0);
        else await expect(original).toHaveText(squash(article.title));
      });
    }

    test('a related headline and the engagement citing it link each other', async ({ page }) => {
      const cited = engagements.flatMap(({ id, data }) => data.sources.flatMap((s) => (s.type === 'headline' && s.listedIn ? [{ engagement: id, data, ...s }] : [])));
      expect(cited.length).toBeGreaterThan(1);
      for (const headline of cited) {
        await page.goto(`${lang}/articles/${headline.listedIn}/`);
        const item = page.locator('ul.related li', { hasText: headline.title });
        const link = item.getByRole('link', { name: (headline.data.short ?? headline.data.title)[lang], exact: true });
        await expect(link).toHaveAttribute('href', new RegExp(`/${lang}/engagements/${headline.engagement}/$`));

        await page.goto(`${lang}/engagements/${headline.engagement}/`);
        const source = page.locator('.coverage-list li', { hasText: headline.title });
        // Named by its title, which paper can print as well as a screen can link.
        const listingArticle = seedArticles.find((a) => a.id === headline.listedIn)!;
        const listingTitle = lang === listingArticle.lang ? listingArticle.title : translation(lang, listingArticle.id).title;
        const listing = source.getByRole('link', { name: squash(listingTitle), exact: true });
        await expect(listing).toHaveAttribute('href', new RegExp(`/${lang}/articles/${headline.listedIn}/$`));
        // A headline whose story the site read elsewhere links it, and is no longer "known only" by its title.
        const title = source.getByRole('link', { name: headline.title, exact: true });
        if (headline.url) await expect(title).toHaveAttribute('href', headline.url);
        else await expect(title).toHaveCount(0);
        await expect(source).toContainText(useTranslations(lang)(headline.url ? 'source.headlineListedOn' : 'source.headlineNoteOn'));
      }
      expect(cited.filter((h) => h.url).length).toBeGreaterThan(0);
      expect(cited.filter((h) => !h.url).length).toBeGreaterThan(0);
    });

    test('a source in another language than the page’s says which, titled or not; one without a date or address says so', async ({ page }) => {
      const t = useTranslations(lang);
      const notes = {
        id: { arabic: '· dalam bahasa Arab', indonesian: null, english: '· dalam bahasa Inggris' },
        en: { arabic: '· in Arabic', indonesian: '· in Indonesian', english: null },
      }[lang];
      const report = (publisher: string) => page.locator('.coverage-list li', { hasText: publisher });
      await page.goto(`${lang}/engagements/smart-city-keynote-casablanca-2018/`);
      await expect(report('Akhbarona (via maghress.com)')).toContainText(`Akhbarona (via maghress.com) ${notes.arabic}`);
      const merahputih = report('merahputih.com');
      if (notes.indonesian) await expect(merahputih).toContainText(`· merahputih.com ${notes.indonesian} ·`);
      else await expect(merahputih).not.toContainText('dalam bahasa');
      // A fact-checker is told the date is not there, rather than left to wonder.
      await expect(report('Antara')).toContainText(`· ${t('source.noDate')}`);
      await expect(merahputih).not.toContainText(t('source.noDate'));
      await page.goto(`${lang}/engagements/u20-mayors-summit-2018/`);
      await expect(report('liputanindo.id')).toContainText(notes.indonesian ? `liputanindo.id ${notes.indonesian}` : 'liputanindo.id');
      // … and that the address is not there to follow.
      await expect(report('liputanindo.id')).toContainText(t('source.noAddress'));
      if (!notes.indonesian) await expect(report('liputanindo.id')).not.toContainText(`liputanindo.id · ${t('source.writtenIn').split(' ')[0]}`);
      const english = page.getByRole('link', { name: 'Anies Becomes a Panelist for Social Integration and Inclusion in U20 Mayors Summit', exact: true });
      await expect(english).toHaveAttribute('href', /^https:\/\/m\.beritajakarta\.id\/en\//);
      await expect(english).toHaveAttribute('lang', 'en');
      const englishSource = page.locator('.coverage-list li', { has: english });
      if (notes.english) await expect(englishSource).toContainText(notes.english);
      else await expect(englishSource).not.toContainText('· in ');
    });

    test('an engagement page prints without the links that lead elsewhere on the site', async ({ page }) => {
      const t = useTranslations(lang);
      await page.goto(`${lang}/engagements/u20-mayors-summit-2018/`);
      const away = [page.locator('nav.sequence'), page.getByRole('link', { name: t('engagement.back') }), page.getByRole('link', { name: t('network.neighbourhoodOpen') })];
      for (const link of away) await expect(link).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const link of away) await expect(link).toBeHidden();
      await expect(page.locator('figure.neighbourhood figcaption')).toBeVisible();
    });

    test('an address trimmed to a folder of pages sends the reader to its section’s page, and is not in the sitemap', async ({ page, request, baseURL }) => {
      const sections: Record<(typeof FOLDERS)[number], string> = {
        timeline: '',
        'timeline/partner': '',
        'timeline/kind': '',
        engagements: '',
        articles: '',
        cities: 'network/',
        organisations: 'network/',
      };
      const sitemap = await (await request.get('sitemap-0.xml')).text();
      for (const folder of FOLDERS) {
        const response = await request.get(`${lang}/${folder}/`);
        expect(response.status(), folder).toBe(200);
        expect(await response.text()).toMatch(/<meta name="robots" content="noindex"/);
        expect(sitemap).not.toContain(`/${lang}/${folder}/<`);
        await page.goto(`${lang}/${folder}/`);
        await expect(page, folder).toHaveURL(`${baseURL}${lang}/${sections[folder]}`);
      }
    });

    test('an address trimmed to a folder of widgets sends the web officer to the page that makes them, and is not in the sitemap', async ({ page, request, baseURL }) => {
      const sitemap = await (await request.get('sitemap-0.xml')).text();
      for (const folder of WIDGET_FOLDERS) {
        const response = await request.get(`embed/${lang}/${folder}/`);
        expect(response.status(), folder).toBe(200);
        expect(await response.text()).toMatch(/<meta name="robots" content="noindex"/);
        expect(sitemap).not.toContain(`/embed/${lang}/${folder}/<`);
        await page.goto(`embed/${lang}/${folder}/`);
        await expect(page, folder).toHaveURL(`${baseURL}${lang}/embed/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
    });

    test('an engagement page prints the address of each article among its sources, whose title links the site', async ({ page }) => {
      const article = seedArticles.find((a) => a.engagement === 'partner-organisations-meeting-2022' && a.url)!;
      await page.goto(`${lang}/engagements/partner-organisations-meeting-2022/`);
      const item = page.locator('.coverage-list li').filter({ has: page.locator(`a[href$="/${lang}/articles/${article.id}/"]`) });
      const address = item.getByText(article.url!, { exact: true });
      await expect(address).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(address).toBeVisible();
    });

    test('a printed page says which site and address it came from; the screen does not', async ({ page }) => {
      const t = useTranslations(lang);
      for (const path of ['', 'engagements/u20-mayors-summit-2018/', `articles/${seedArticles[0]!.id}/`, 'cities/casablanca/']) {
        await page.goto(`${lang}/${path}`);
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(canonical).toMatch(new RegExp(`/${lang}/${path}$`));
        const from = page.locator('footer.site').getByText(fillTemplate(t('footer.printedFrom'), { site: t('site.title') }));
        await expect(from).toBeHidden();
        await page.emulateMedia({ media: 'print' });
        await expect(from).toBeVisible();
        await expect(from).toHaveText(`${fillTemplate(t('footer.printedFrom'), { site: t('site.title') })} ${canonical}`);
        await page.emulateMedia({ media: 'screen' });
      }
    });

    test('a page prints numbered from its first sheet, with each link’s address as written', async ({ page }, testInfo) => {
      await page.goto(`${lang}/articles/2018-10-30-anies-jadi-panelis-social-integration-and-inclusion-di-u20/`);
      // The link to the engagement sits in a line set in capitals; a path in capitals is another page.
      const engagement = new URL((await page.locator('p.kind a').getAttribute('href')) ?? '', page.url()).pathname;
      const file = testInfo.outputPath('article.pdf');
      await page.pdf({ path: file, preferCSSPageSize: true });
      const pdf = await readPdf(file);
      expect(pdf.pageTexts[0]).toContain(`1 / ${pdf.pages}`);
      expect(pdf.text.replace(/\s/g, '')).toContain(engagement);
    });

    test('prints the addresses of other sites, and of its own pages only in running text, never in a list', async ({ page }) => {
      const paths = ['', 'timeline/2018/', `articles/${seedArticles[0]!.id}/`, 'engagements/u20-mayors-summit-2018/', 'cities/jakarta/', 'organisations/c40/', 'network/', 'about/', 'archive/'];
      for (const path of paths) {
        await page.goto(`${lang}/${path}`);
        await page.emulateMedia({ media: 'print' });
        const printed = await page.locator('main a[href]').evaluateAll((links) =>
          links.flatMap((a) => {
            const content = getComputedStyle(a, '::after').content;
            if (!a.checkVisibility() || a.closest('svg')) return [];
            const where = a.parentElement?.closest('p, li, h1, h2, h3, h4, td, dd, nav')?.localName;
            const href = a.getAttribute('href') ?? '';
            // A bibliography prints the address as a line of the source's item instead (CoverageList),
            // and a link may be its own address.
            const written = (a.closest('li, p') as HTMLElement | null)?.innerText.replace(/\s/g, '').includes(href) ?? false;
            return [{ href, where, address: content !== 'none' && content !== 'normal', written }];
          }),
        );
        const own = printed.filter((l) => l.href.startsWith('/'));
        expect(own.filter((l) => l.address && l.where !== 'p'), `${path}: the site's addresses outside running text`).toEqual([]);
        // Another site's address always prints.
        for (const l of printed.filter((l) => l.href.startsWith('http'))) expect(l.address || l.written, `${path}: ${l.href}`).toBe(true);
      }
      await page.goto(`${lang}/articles/${seedArticles[0]!.id}/`);
      await page.emulateMedia({ media: 'print' });
      const otherLanguage = await page.locator('a[data-other-language]').evaluate((a) => getComputedStyle(a, '::after').content);
      expect(otherLanguage).toContain((await page.locator('a[data-other-language]').getAttribute('href')) ?? '?');
    });

    test('an article prints each way on from it on a line of its own, with no separator between them', async ({ page }) => {
      await page.goto(`${lang}/articles/${seedArticles[0]!.id}/`);
      const ways = page.locator('.article footer');
      await expect(ways).toContainText('·');
      await page.emulateMedia({ media: 'print' });
      expect(await ways.innerText()).not.toContain('·');
      const tops = await ways.locator('a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
      expect(tops.length).toBeGreaterThan(1);
      expect(new Set(tops).size).toBe(tops.length);
    });

    test('the timeline prints the dot that marks each entry', async ({ page }) => {
      await page.goto(`${lang}/`);
      await page.emulateMedia({ media: 'print' });
      // Print drops backgrounds unless told to keep them; the dots are backgrounds.
      const dot = await page.locator('.entry').first().evaluate((entry) => getComputedStyle(entry, '::before').printColorAdjust);
      expect(dot).toBe('exact');
    });

    test('the footer leads back to the top of the page', async ({ page }) => {
      await page.goto(`${lang}/about/`);
      await page.getByRole('link', { name: useTranslations(lang)('footer.top') }).click();
      await expect(page.locator('header.site')).toBeInViewport();
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });

    test('the engagement pages can be walked in date order, and lead back to their place on the timeline', async ({ page }) => {
      const inOrder = [...engagements].sort((a, b) => a.data.start.localeCompare(b.data.start));
      const sequence = page.locator('nav.sequence');
      await page.goto(`${lang}/engagements/${inOrder[0]!.id}/`);
      await expect(sequence.locator('a[rel="prev"]')).toHaveCount(0);
      for (const next of inOrder.slice(1)) {
        await sequence.locator('a[rel="next"]').click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/engagements/${next.id}/$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.data.title[lang]);
      }
      await expect(sequence.locator('a[rel="next"]')).toHaveCount(0);
      await sequence.locator('a[rel="prev"]').click();
      const current = inOrder.at(-2)!;
      await expect(page).toHaveURL(new RegExp(`/${lang}/engagements/${current.id}/$`));

      // "Back to the timeline" lands on the engagement's entry, on its year's page.
      await page.getByRole('link', { name: lang === 'id' ? 'Kembali ke lini masa' : 'Back to the timeline' }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/timeline/${current.data.start.slice(0, 4)}/#engagement-${current.id}$`));
      await expect(page.locator(`#engagement-${current.id}`)).toBeInViewport();
    });

    test('an article links its place on the timeline: its engagement’s entry, on its year’s page', async ({ page }) => {
      for (const article of seedArticles) {
        const engagement = engagements.find((e) => e.id === article.engagement)!;
        const year = engagement.data.start.slice(0, 4);
        await page.goto(`${lang}/articles/${article.id}/`);
        await page.getByRole('link', { name: lang === 'id' ? `Di lini masa, ${year}` : `On the timeline, ${year}` }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/timeline/${year}/#engagement-${engagement.id}$`));
        await expect(page.locator(`#engagement-${engagement.id}`)).toBeInViewport();
        await expect(page.locator(`#engagement-${engagement.id}`).locator('..').locator(`a[href$="/${lang}/articles/${article.id}/"]`).first()).toBeAttached();
      }
    });

    test('the main navigation says which section a page is in: the timeline for entries, the network for its nodes', async ({ page }) => {
      const tabs = page.getByRole('navigation', { name: lang === 'id' ? 'Navigasi utama' : 'Main navigation' });
      const tab = (name: string) => tabs.getByRole('link', { name, exact: true });
      const [timeline, network] = lang === 'id' ? ['Lini masa', 'Jaringan'] : ['Timeline', 'Network'];
      for (const path of [`engagements/${engagements[0]!.id}/`, `articles/${seedArticles[0]!.id}/`, 'cities/casablanca/', 'organisations/c40/']) {
        await page.goto(`${lang}/${path}`);
        const section = /^(cities|organisations)\//.test(path) ? network : timeline;
        await expect(tab(section), path).toHaveAttribute('aria-current', 'true');
        await expect(tabs.locator('[aria-current]'), path).toHaveCount(1);
        // It looks current as a section's own page does: the accent bar under a bolder label.
        const look = await tab(section).evaluate((a) => [getComputedStyle(a).fontWeight, getComputedStyle(a).borderBottomColor]);
        await page.goto(`${lang}/${section === network ? 'network/' : ''}`);
        await expect(tab(section)).toHaveAttribute('aria-current', 'page');
        expect(await tab(section).evaluate((a) => [getComputedStyle(a).fontWeight, getComputedStyle(a).borderBottomColor]), path).toEqual(look);
      }
    });

    test('an engagement page: facts, summary, partners linked, sources with dates', async ({ page }) => {
      const u20 = engagements.find((e) => e.data.partners.length > 20)!;
      await page.goto(`${lang}/engagements/${u20.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(u20.data.title[lang]);
      await expect(page.locator('main')).toContainText(datePattern(u20.data.start, u20.data.end, lang));
      await expect(page.locator('main')).toContainText(squash(u20.data.summary[lang]));
      for (const partner of u20.data.partners) await expect(page.locator(`main a[href$="/${partner}/"]`).first()).toBeAttached();
      for (const source of u20.data.sources) await expect(page.locator('main')).toContainText(source.title ?? source.publisher);
    });

    test('on a phone a partner chip is one line: a long name shows its short one, and the link still gives it', async ({ page }) => {
      // The timeline and a partner's filters, two engagements' partners, and UNICEF's page, whose entry lists FAO.
      const pages = ['', 'timeline/partner/u20/', 'engagements/u20-mayors-summit-2018/', 'engagements/jakarta-casablanca-music-exchange-2018/', 'organisations/unicef/'];
      for (const width of [320, 360]) {
        await page.setViewportSize({ width, height: 740 });
        for (const path of pages) {
          await page.goto(`${lang}/${path}`);
          if (path.startsWith('timeline') || path === '') await page.locator('.filters summary').click();
          const chips = await page.locator('main a.chip').evaluateAll((links) =>
            links.map((a) => ({ text: a.textContent, height: a.getBoundingClientRect().height, radius: parseFloat(getComputedStyle(a).borderTopLeftRadius) })),
          );
          const line = Math.min(...chips.map((chip) => chip.height));
          for (const chip of chips) {
            // "Organisasi Pangan dan Pertanian PBB (FAO)" was a pill two lines tall at 360 px.
            if (width === 360) expect(chip.height, `${chip.text} on ${path} at ${width} px`).toBeLessThan(line * 1.5);
            // A long name with no short one may wrap at 320 px, in a rounded box rather than a swollen pill.
            else if (chip.height > line * 1.5) expect(Math.min(chip.radius, chip.height / 2), `${chip.text} on ${path}`).toBeLessThan(chip.height / 3);
          }
        }
      }
      // What the chip shows starts its name, as a speech user would say it (WCAG 2.5.3).
      const fao = lang === 'id' ? 'FAO (Organisasi Pangan dan Pertanian PBB)' : 'FAO (Food and Agriculture Organization)';
      for (const [path, name] of [['organisations/unicef/', fao], ['engagements/u20-mayors-summit-2018/', 'UCLG (United Cities and Local Governments)']] as const) {
        await page.goto(`${lang}/${path}`);
        const chip = page.locator('main .chips').getByRole('link', { name, exact: true }).first();
        await expect(chip).toBeVisible();
        expect(await chip.evaluate((a) => [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''))).toBe(name.split(' ')[0]);
      }
    });

    test('a city page lists what involves the city', async ({ page }) => {
      await page.goto(`${lang}/cities/buenos-aires/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buenos Aires');
      await expect(page.locator('main')).toContainText('Argentina');
      const summit = engagements.find((e) => e.data.place === 'buenos-aires')!;
      await expect(page.getByRole('link', { name: summit.data.title[lang], exact: true })).toBeVisible();
    });

    test('a city that no article names says so by name, beside the engagements that cite other sources', async ({ page }) => {
      expect(seedArticles.some((a) => a.paragraphs.some((p) => /casablanca|kasablanka/i.test(p)))).toBe(false);
      await page.goto(`${lang}/cities/casablanca/`);
      await expect(page.locator('section:has(#engagements) h3').first()).toBeVisible();
      await expect(page.locator('section:has(#mentioned) p')).toHaveText(lang === 'en' ? 'No article on this site names Casablanca yet.' : 'Belum ada artikel di situs ini yang menyebut Casablanca.');
    });

    test('an organisation English names with “the” has it in a sentence, not in its heading', async ({ page }) => {
      await page.goto(`${lang}/organisations/embassy-of-morocco-jakarta/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Embassy of Morocco in Jakarta' : 'Kedutaan Besar Kerajaan Maroko di Jakarta');
      await expect(page.locator('section:has(#mentioned) p')).toHaveText(
        lang === 'en' ? 'No article on this site names the Embassy of Morocco in Jakarta yet.' : 'Belum ada artikel di situs ini yang menyebut Kedutaan Besar Kerajaan Maroko di Jakarta.',
      );
      // A sentence that opens with it capitalises the article.
      await expect(page.locator('figure.neighbourhood figcaption')).toContainText(
        lang === 'en' ? 'The Embassy of Morocco in Jakarta and everything directly linked to it' : 'Kedutaan Besar Kerajaan Maroko di Jakarta dan semua yang terhubung langsung dengannya',
      );
    });

    test('an organisation page lists every engagement it joined', async ({ page }) => {
      await page.goto(`${lang}/organisations/c40/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('C40');
      const involving = engagements.filter((e) => e.data.partners.includes('c40'));
      const mentioning = seedArticles.filter((a) => a.paragraphs.some((p) => p.includes('C40')));
      expect([involving.length, mentioning.length]).not.toContain(0);
      for (const { data } of involving) {
        await expect(page.getByRole('link', { name: data.title[lang], exact: true })).toBeVisible();
      }
      for (const article of mentioning) {
        await expect(page.locator(`section:has(#mentioned) a[href$="/${lang}/articles/${article.id}/"]`)).toBeVisible();
      }
    });

    test('an organisation page lists what its branches took part in, as theirs', async ({ page }) => {
      const viaBranch = engagements.filter((e) => e.data.partners.includes('iclei-indonesia') && !e.data.partners.includes('iclei'));
      expect(viaBranch.length).toBeGreaterThan(0);
      await page.goto(`${lang}/organisations/iclei/`);
      const list = page.getByRole('list', { name: useTranslations(lang)('entity.throughBranches') });
      for (const { id, data } of viaBranch) {
        const item = list.getByRole('listitem').filter({ has: page.locator(`a[href$="/${lang}/engagements/${id}/"]`) });
        await expect(item).toContainText(data.title[lang]);
        await expect(item).toContainText('ICLEI Indonesia');
      }
      // Its branches' engagements are there, so the page does not say it has none.
      await expect(page.locator('section:has(#engagements)')).not.toContainText(lang === 'en' ? 'No engagement' : 'Belum ada kegiatan');
    });

    test('an organisation’s facts say where it is based and what it includes, a city’s its country', async ({ page }) => {
      const t = useTranslations(lang);
      const fact = (key: Parameters<typeof t>[0]) => page.locator('dl.facts dt', { hasText: t(key) }).locator('+ dd');
      // Each value ends with a full stop for search, which the grid does not show (Fact.astro).
      await page.goto(`${lang}/organisations/iclei/`);
      await expect(fact('entity.basedIn')).toHaveText(lang === 'en' ? 'Germany.' : 'Jerman.');
      await expect(fact('entity.children')).toHaveText('ICLEI Indonesia.');
      await expect(fact('entity.country')).toHaveCount(0);
      await page.goto(`${lang}/cities/casablanca/`);
      await expect(fact('entity.country')).toHaveText(lang === 'en' ? 'Morocco.' : 'Maroko.');
      await expect(fact('entity.basedIn')).toHaveCount(0);
    });

    test('the timeline can be narrowed to any partner but Jakarta, which is in every entry', async ({ page, request }) => {
      await page.goto(`${lang}/`);
      const partners = page.locator('nav.filters a[href*="/timeline/partner/"]');
      expect(await partners.count()).toBeGreaterThan(0);
      await expect(page.locator('nav.filters a[href$="/timeline/partner/jakarta/"]')).toHaveCount(0);
      expect((await request.get(`${lang}/timeline/partner/jakarta/`)).status()).toBe(404);
    });

    test('an engagement’s venue is named in the page’s language', async ({ page }) => {
      await page.goto(`${lang}/engagements/jakarta-casablanca-music-exchange-2018/`);
      const where = page.locator('dt', { hasText: useTranslations(lang)('engagement.where') }).locator('+ dd');
      // Its full stop is for search, and not shown (Fact.astro).
      await expect(where).toHaveText(lang === 'en' ? 'Balai Agung, City Hall, Jakarta.' : 'Balai Agung, Balai Kota, Jakarta.');
    });

    test('an organisation named only in an engagement’s coverage says so, and links the engagement', async ({ page }) => {
      const meeting = engagements.find((e) => e.id === 'partner-organisations-meeting-2022')!;
      expect(meeting.data.partners).not.toContain('jakarta-provincial-government');
      await page.goto(`${lang}/organisations/jakarta-provincial-government/`);
      const said = fillTemplate(useTranslations(lang)('entity.namedInCoverage'), { name: gazetteerNameInSentence('jakarta-provincial-government', lang) });
      const list = page.getByRole('list', { name: said });
      await expect(list.getByRole('link', { name: meeting.data.title[lang] })).toHaveAttribute('href', new RegExp(`/${lang}/engagements/${meeting.id}/$`));
      await expect(page.locator('section:has(#engagements)')).not.toContainText(lang === 'en' ? 'No engagement on the timeline involves' : 'Belum ada kegiatan di lini masa yang melibatkan');
    });

    test('Jakarta’s page lists every engagement, wherever it was held, those its graph links among them', async ({ page }) => {
      await page.goto(`${lang}/cities/jakarta/`);
      // The graph's links are SVG <a>s, whose href is no string: read the attribute.
      const paths = (selector: string) => page.locator(selector).evaluateAll((links) => [...new Set(links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname))].sort());
      const listed = await paths('section:has(#engagements) a[href*="/engagements/"]');
      expect(listed.map((path) => path.split('/').at(-2)).sort()).toEqual(engagements.map((e) => e.id).sort());
      const drawn = await paths('figure.neighbourhood a.type-engagement');
      expect(drawn.length).toBeGreaterThan(2);
      expect(drawn.filter((path) => !listed.includes(path))).toEqual([]);
      await expect(page.locator('section:has(#engagements)')).toContainText(fillTemplate(useTranslations(lang)('entity.homeEngagements'), { name: gazetteerName('jakarta', lang) }));
    });

    test('the about page cites every source with its address', async ({ page }) => {
      await page.goto(`${lang}/about/`);
      const urls = [...seedArticles.flatMap((a) => (a.url ? [a.url] : [])), ...engagements.flatMap((e) => e.data.sources.flatMap((s) => ('url' in s && s.url ? [s.url] : [])))];
      expect(urls.length).toBeGreaterThan(2);
      for (const url of urls) await expect(page.locator(`main a[href="${url}"]`).first()).toBeAttached();
    });

    test('the about page says what time the timeline spans, from its first entry to its last', async ({ page }) => {
      await page.goto(`${lang}/about/`);
      // The seed's articles all belong to engagements, which are then the timeline's entries.
      expect(seedArticles.every((a) => a.engagement)).toBe(true);
      const entries = engagements.map((e) => e.data).sort((a, b) => a.start.localeCompare(b.start));
      const last = entries.at(-1)!;
      const span = fillTemplate(useTranslations(lang)('about.span'), { first: longDate(entries[0]!.start, lang), last: longDate(last.end ?? last.start, lang) });
      await expect(page.locator('main p', { hasText: span })).toHaveCount(1);
    });

    test('search finds an engagement through Pagefind, under the base path', async ({ page }) => {
      await page.goto(`${lang}/`);
      await page.getByRole('searchbox').first().fill('Casablanca');
      await page.getByRole('searchbox').first().press('Enter');
      await expect(page).toHaveURL(/search\/\?q=Casablanca/);
      const results = page.locator('[data-search-results] li');
      await expect(results.first()).toBeVisible();
      await expect(page.locator('[data-search-results]')).toContainText('Casablanca');
      await expect(page.locator('[data-search-status]')).toHaveText(lang === 'en' ? /^\d+ results? for “Casablanca”$/ : /^\d+ hasil untuk “Casablanca”$/);
      // The facts of the city and the regional council reach the excerpts as words: a label and its
      // value are neither glued together nor run on into the next fact.
      await expect(page.locator('[data-search-results]')).toContainText(lang === 'en' ? /(Country|Based in): Morocco\./ : /(Negara|Berkedudukan di): Maroko\./);
      const hrefs = await resultPaths(page);
      for (const href of hrefs) expect(href).toContain(`/${lang}/`);
      // It finds the things themselves, not the timelines, archive and network pages that list them,
      // nor the about page for its list of every source.
      expect(hrefs.filter((href) => /\/(timeline|archive|network|embed|search|about)\/|\/(id|en)\/$/.test(href))).toEqual([]);
      expect(hrefs.some((href) => href.endsWith(`/${lang}/cities/casablanca/`))).toBe(true);
    });

    test('a search for a name lists the page of that name first, and pages whose names hold it before articles', async ({ page }) => {
      await page.goto(`${lang}/search/?q=jakarta`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      const results = await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((a) => ({ path: (a as HTMLAnchorElement).pathname, name: a.textContent ?? '' })));
      expect(results[0]).toEqual({ path: expect.stringMatching(new RegExp(`/${lang}/cities/jakarta/$`)), name: 'Jakarta' });
      // Articles say Jakarta more often than any page is named it, and still come after those pages.
      const firstArticle = results.findIndex((r) => r.path.includes('/articles/'));
      const named = results.flatMap((r, i) => (/\/(cities|organisations|engagements)\//.test(r.path) && r.name.includes('Jakarta') ? [i] : []));
      expect(named.length).toBeGreaterThan(1);
      expect(firstArticle).toBeGreaterThan(Math.max(...named));
    });

    test('a search for a year the timeline has offers its year page, which search does not index, and only then', async ({ page }) => {
      const t = useTranslations(lang);
      const year = page.locator('[data-search-year]:visible');
      await page.goto(`${lang}/search/?q=2018`);
      await expect(year).toHaveCount(1);
      await expect(year.getByRole('link', { name: fillTemplate(t('search.year'), { year: '2018' }) })).toHaveAttribute('href', new RegExp(`/${lang}/timeline/2018/$`));
      // The seed's 2018: three engagements.
      await expect(year).toContainText(/\b3\b/);
      for (const query of ['2019', 'Casablanca 2018', '1990']) {
        await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('[data-search-status]')).not.toBeEmpty();
        await expect(year, query).toHaveCount(0);
      }
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false, opensMissingPage: true });
      test('no page offers a search form, and the search page links the ways to browse', async ({ page }) => {
        const t = useTranslations(lang);
        await page.goto(`${lang}/`);
        const forms = page.locator('form[role="search"]');
        await expect(forms).toHaveCount(1);
        await expect(forms).toBeHidden();
        await page.goto(`${lang}/search/?q=Casablanca`);
        await expect(forms).toHaveCount(2);
        for (const form of await forms.all()) await expect(form).toBeHidden();
        const notice = page.locator('main .notice');
        await expect(notice).toContainText(t('search.noscript'));
        for (const [name, path] of [[t('nav.timeline'), ''], [t('nav.network'), 'network/'], [t('nav.archive'), 'archive/']] as const) {
          await expect(notice.getByRole('link', { name })).toHaveAttribute('href', new RegExp(`/${lang}/${path}$`));
        }
        await page.goto(`${lang}/no-such-page/`);
        await expect(forms).toHaveCount(2);
        for (const form of await forms.all()) await expect(form).toBeHidden();
      });
    });

    test('the search page, a form whose results the browser makes, asks not to be indexed and is not in the sitemap', async ({ request }) => {
      expect(await (await request.get(`${lang}/search/`)).text()).toMatch(/<meta name="robots" content="noindex"/);
      const sitemap = await (await request.get('sitemap-0.xml')).text();
      expect(sitemap).toContain(`/${lang}/about/<`);
      expect(sitemap).not.toContain(`/${lang}/search/<`);
    });

    test('a search that finds nothing says what to try, and where to browse instead', async ({ page }) => {
      const t = useTranslations(lang);
      const none = page.getByText(t('search.none'));
      await page.goto(`${lang}/search/?q=Casablanca`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      await expect(none).toBeHidden();
      await page.goto(`${lang}/search/?q=zzzqqq`);
      await expect(page.locator('[data-search-status]')).toHaveText(fillTemplate(t('search.results'), { n: 0, q: 'zzzqqq' }));
      await expect(none).toBeVisible();
      await expect(page.locator('[data-search-none]').getByRole('link', { name: t('nav.network') })).toHaveAttribute('href', new RegExp(`/${lang}/network/$`));
    });

    test("each search result says what it is; an article's excerpt comes from its text, not its byline", async ({ page }) => {
      const t = useTranslations(lang);
      const about = (path: string) => page.locator('[data-search-results] li').filter({ has: page.locator(`a[href$="/${lang}/${path}/"]`) }).locator('.about');
      await page.goto(`${lang}/search/?q=Casablanca`);
      const keynote = engagements.find((e) => e.id === 'smart-city-keynote-casablanca-2018')!.data;
      await expect(about('engagements/smart-city-keynote-casablanca-2018')).toHaveText(
        new RegExp(`^${t(`kind.${keynote.kind}`)} · ${datePattern(keynote.start, keynote.end, lang).source} · Casablanca$`),
      );
      await expect(about('cities/casablanca')).toHaveText(`${t('entity.city')} · ${lang === 'en' ? 'Morocco' : 'Maroko'}`);

      const article = seedArticles.find((a) => a.id.includes('social-integration-and-inclusion'))!;
      await page.goto(`${lang}/search/?q=Inclusion`);
      await expect(about(`articles/${article.id}`)).toHaveText(`${t('kind.article')} · ${longDate(article.date, lang)} · ${article.publisher}`);
      const excerpt = page.locator('[data-search-results] li').filter({ has: page.locator(`a[href$="/${lang}/articles/${article.id}/"]`) }).locator('p:not(.about)');
      await expect(excerpt).toContainText('Inclusion');
      for (const furniture of ['Mustaqim', t('article.translation'), 'WIB']) await expect(excerpt).not.toContainText(furniture);
    });

    test('a headline listed beside an article finds the engagement citing it, not that article', async ({ page }) => {
      const article = seedArticles.find((a) => a.related.some((title) => title.includes('Perkuat')))!;
      const headline = article.related.find((title) => title.includes('Perkuat'))!;
      expect([article.title, ...article.paragraphs].join(' '), 'the article itself never uses the word').not.toMatch(/perkuat/i);
      const citing = engagements.find((e) => e.data.sources.some((s) => s.type === 'headline' && s.title === headline))!;
      await page.goto(`${lang}/search/?q=Perkuat`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      const hrefs = await resultPaths(page);
      expect(hrefs.filter((href) => href.endsWith(`/${lang}/engagements/${citing.id}/`))).toHaveLength(1);
      expect(hrefs.filter((href) => href.includes(`/articles/${article.id}/`))).toEqual([]);
    });

    test('an engagement is found for what it is about, not for the notes on its sources', async ({ page }) => {
      // The keynote and the concert cite headlines known only from the U20 article's list of related
      // headlines: their pages say so, naming that article, which is no part of what they are about.
      const u20 = 'u20-mayors-summit-2018';
      const article = seedArticles.find((a) => a.engagement === u20)!;
      const title = lang === article.lang ? article.title : translation(lang, article.id).title;
      for (const query of ['U20', title]) {
        await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('[data-search-results] li').first()).toBeVisible();
        const found = (await resultPaths(page)).filter((href) => href.includes('/engagements/'));
        expect(found, query).toEqual([expect.stringMatching(new RegExp(`/${lang}/engagements/${u20}/$`))]);
      }
      // Its partners still find it: Tshwane is one, named nowhere in its summary.
      expect(engagements.find((e) => e.id === u20)!.data.summary[lang]).not.toContain('Tshwane');
      await page.goto(`${lang}/search/?q=Tshwane`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      expect(await resultPaths(page)).toContainEqual(expect.stringMatching(new RegExp(`/${lang}/engagements/${u20}/$`)));
    });

    test('an excerpt leaves out the title its result shows, and marks with "…" the text it leaves out', async ({ page }) => {
      const t = useTranslations(lang);
      const keynote = engagements.find((e) => e.id === 'smart-city-keynote-casablanca-2018')!.data;
      const excerptOf = (path: string) => page.locator('[data-search-results] li').filter({ has: page.locator(`a[href$="/${lang}/${path}/"]`) }).locator('p:not(.about)');
      const summary = squash(keynote.summary[lang]);
      // A word of its title and of its summary's opening: the excerpt starts where the summary does.
      await page.goto(`${lang}/search/?q=${lang === 'en' ? 'keynote' : 'Gubernur'}`);
      const opening = excerptOf('engagements/smart-city-keynote-casablanca-2018');
      await expect(opening).toHaveText(/ …$/);
      expect(summary.startsWith((await opening.innerText()).replace(/ …$/, ''))).toBe(true);
      // A word deep in the summary: the excerpt starts and ends inside it.
      const deep = lang === 'en' ? 'firefighters' : 'pemadaman';
      await page.goto(`${lang}/search/?q=${deep}`);
      const inside = excerptOf('engagements/smart-city-keynote-casablanca-2018');
      await expect(inside).toHaveText(/^… .+ …$/);
      expect(summary).toContain((await inside.innerText()).replace(/^… | …$/g, ''));
      // An entity's facts read as label and value, one after another.
      await page.goto(`${lang}/search/?q=${lang === 'en' ? 'Casablanca-Settat' : 'Dewan'}`);
      const council = excerptOf('organisations/casablanca-settat-regional-council');
      const other = lang === 'en' ? 'id' : 'en';
      const nameIn = fillTemplate(t('entity.nameIn'), { language: languageName(other, lang) });
      await expect(council).toContainText(`${nameIn}: ${gazetteerName('casablanca-settat-regional-council', other)}. ${t('entity.basedIn')}: ${lang === 'en' ? 'Morocco' : 'Maroko'}.`);
    });

    test('a section label is not what a page is about: every engagement has a "Sources" heading, which finds none by itself', async ({ page }) => {
      const label = useTranslations(lang)('engagement.sources');
      await page.goto(`${lang}/search/?q=${encodeURIComponent(label)}`);
      await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ (results?|hasil)/);
      const found = (await resultPaths(page)).filter((href) => href.includes('/engagements/'));
      expect(found.length, 'some engagement is left out, so the heading alone finds nothing').toBeLessThan(engagements.length);
      // An engagement whose own words use the label's word ("another source gives 1990") is rightly found.
      const word = new RegExp(label.replace(/s$/i, ''), 'iu');
      for (const href of found) {
        await page.goto(href);
        const indexed = await page.locator('[data-pagefind-body]').evaluate((body) => {
          const copy = body.cloneNode(true) as HTMLElement;
          for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
          return copy.textContent ?? '';
        });
        expect(indexed.replace(label, ''), `${href} is found by its own words, not its heading`).toMatch(word);
      }
    });

    test('the RSS feed gives every article with its title and opening paragraph', async ({ request, baseURL }) => {
      const response = await request.get(`${baseURL}${lang}/rss.xml`);
      expect(response.ok()).toBe(true);
      const feed = new XMLParser().parse(await response.text()) as { rss: { channel: { link: string; item: { title: string; link: string; description?: string }[] } } };
      expect(feed.rss.channel.link).toMatch(new RegExp(`/${lang}/$`));
      for (const article of seedArticles) {
        const shown = lang === article.lang ? { title: article.title, paragraphs: article.paragraphs } : translation(lang, article.id);
        const item = feed.rss.channel.item.find((i) => i.link.endsWith(`/${lang}/articles/${article.id}/`));
        expect(item, article.id).toBeDefined();
        expect(squash(String(item!.title))).toBe(squash(shown.title));
        // A reader takes the description as HTML: the text comes back from it as written, and no markup.
        expect(String(item!.description)).not.toMatch(/[<>]/);
        expect(squash(decodeHTML(String(item!.description)))).toBe(squash(shown.paragraphs[0]!));
      }
    });

    test('the RSS feed gives its own address and, as when it was last built, its newest item’s date', async ({ request, baseURL }) => {
      const xml = await (await request.get(`${baseURL}${lang}/rss.xml`)).text();
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
        rss: { channel: { 'atom:link': Record<string, string>; lastBuildDate: string; item: { pubDate: string }[] } };
      };
      const { channel } = feed.rss;
      expect(channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_type': 'application/rss+xml' });
      expect(new URL(channel['atom:link']['@_href']!).pathname).toBe(new URL(`${baseURL}${lang}/rss.xml`).pathname);
      const newest = Math.max(...channel.item.map((i) => Date.parse(i.pubDate)));
      expect(Date.parse(channel.lastBuildDate)).toBe(newest);
    });
  });
}

test.describe('a missing page', () => {
  test.use({ opensMissingPage: true });
  test('answers 404 with a bilingual page', async ({ page, baseURL }) => {
    const response = await page.goto(`${baseURL}en/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
    await expect(page.locator('section[lang="id"] h2')).toHaveText('Halaman tidak ditemukan');
    await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
    // Under /en/ it leads in English, its title too; elsewhere in Indonesian, the site's first language.
    await expect(page.locator('main section').first()).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('404 · Page not found · Halaman tidak ditemukan');
    await page.goto(`${baseURL}id/no-such-page/`);
    await expect(page.locator('main section').first()).toHaveAttribute('lang', 'id');
    await expect(page).toHaveTitle('404 · Halaman tidak ditemukan · Page not found');
  });

  test('names the site in both languages, linking its root under the base, however deep the missing address', async ({ page, baseURL }) => {
    for (const path of ['no-such-page/', 'en/cities/casablanka/deeper/']) {
      await page.goto(`${baseURL}${path}`);
      const brand = page.getByRole('banner').getByRole('link');
      await expect(brand).toHaveAccessibleName('Diplomasi Kota Jakarta · Jakarta City Diplomacy');
      await expect(brand.locator('[lang="id"]')).toHaveText('Diplomasi Kota Jakarta');
      await expect(brand.locator('[lang="en"]')).toHaveText('Jakarta City Diplomacy');
      await expect(brand).toHaveAttribute('href', new URL(baseURL!).pathname);
    }
  });

  test('lays out both languages’ search forms alike, from a phone to a desktop', async ({ page, baseURL }) => {
    for (const width of [320, 390, 430, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseURL}en/no-such-page/`);
      const layouts = await page.locator('main section').evaluateAll((sections) =>
        sections.map((section) => {
          const field = section.querySelector('input')!.getBoundingClientRect();
          const button = section.querySelector('button')!.getBoundingClientRect();
          return button.top >= field.bottom ? 'button under the field' : 'button beside the field';
        }),
      );
      expect(layouts, `${width} px`).toHaveLength(2);
      expect(layouts[0], `${width} px`).toBe(layouts[1]);
    }
  });

  test('offers a search in each language, which finds what the reader was after', async ({ page, baseURL }) => {
    for (const [lang, label] of [['id', 'Cari di situs'], ['en', 'Search the site']] as const) {
      await page.goto(`${baseURL}en/cities/casablanka/`);
      const search = page.locator(`section[lang="${lang}"]`).getByRole('search');
      await search.getByRole('searchbox', { name: label }).fill('Casablanca');
      await search.getByRole('searchbox', { name: label }).press('Enter');
      await expect(page).toHaveURL(`${baseURL}${lang}/search/?q=Casablanca`);
      await expect(page.locator('[data-search-results] li').first()).toContainText('Casablanca');
    }
  });
});

test('the sitemap covers both languages, and not the noindex widget pages', async ({ request, baseURL }) => {
  const index = await request.get(`${baseURL}sitemap-0.xml`);
  const xml = await index.text();
  const base = new URL(baseURL ?? '').pathname;
  for (const lang of languages) expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+${base}${lang}/engagements/`));
  expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+${base}en/embed/</loc>`));
  expect(xml).not.toMatch(new RegExp(`<loc>https?://[^<]+${base}embed/`));
});

// A canonical naming the timeline, beside noindex, would ask search engines to carry the noindex over to it.
test('the widget pages ask not to be indexed, and name no canonical page', async ({ request, baseURL }) => {
  for (const path of ['embed/en/', 'embed/id/kind/summit/', 'embed/en/partner/c40/']) {
    const response = await request.get(`${baseURL}${path}`);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toMatch(/<meta name="robots" content="noindex"/);
    expect(html, path).not.toMatch(/rel="canonical"/);
  }
});

test('robots.txt lets crawlers read every page and names the sitemap, which is there', async ({ request, baseURL }) => {
  const robots = await request.get(`${baseURL}robots.txt`);
  expect(robots.ok()).toBe(true);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
  expect(text).not.toMatch(/Disallow/);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap, 'robots.txt names a sitemap').toBeDefined();
  const address = new URL(sitemap!);
  expect(address.pathname).toBe(`${new URL(baseURL ?? '').pathname}sitemap-index.xml`);
  const index = await request.get(new URL(address.pathname, baseURL).href);
  expect(await index.text()).toContain('<sitemapindex');
});

test('search lists its results twenty at a time; "more" adds the next and takes the focus to them', async ({ page }) => {
  const items = page.locator('[data-search-results] li');
  const status = page.locator('[data-search-status]');
  await page.goto('id/search/?q=kota');
  const more = page.getByRole('button', { name: 'Tampilkan hasil lainnya' });
  await expect(status).toHaveText(/^\d+ hasil/);
  const total = Number(/^\d+/.exec((await status.textContent()) ?? '')![0]);
  expect(total, 'the seed site has enough results for "kota" to need a second batch').toBeGreaterThan(20);
  for (let shown = 20; shown < total; shown += 20) {
    await expect(items).toHaveCount(shown);
    await more.click();
    await expect(items.nth(shown).locator('a')).toBeFocused();
  }
  await expect(items).toHaveCount(total);
  await expect(more).toBeHidden();

  await page.goto('en/search/?q=Casablanca');
  await expect(status).toHaveText(/^\d+ results?/);
  await expect(items).toHaveCount(Number(/^\d+/.exec((await status.textContent()) ?? '')![0]));
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

for (const lang of languages) {
  test(`a link skips an engagement's neighbourhood graph, whose partners its chips already gave (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/engagements/u20-mayors-summit-2018/`);
    const figure = page.locator('figure.neighbourhood');
    const skip = figure.getByRole('link', { name: useTranslations(lang)('network.skipGraph'), exact: true });
    // The chips come first: from the last of them, Tab reaches the skip link, which then shows.
    const partners = engagements.find((e) => e.id === 'u20-mayors-summit-2018')!.data.partners;
    const chips = page.locator('main .chips a');
    await expect(chips).toHaveCount(partners.length);
    await chips.last().focus();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect((await skip.boundingBox())!.width, 'shown, not clipped away').toBeGreaterThan(20);
    // Followed, the next Tab is past every neighbour, on the figure's own link to the network.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(figure.locator('figcaption a')).toBeFocused();
    // The graph's links are still there, to click or to Tab through.
    expect(await figure.locator('svg.fan a').count()).toBeGreaterThanOrEqual(partners.length);
  });

  test(`a neighbourhood graph is named by its title, not by its whole caption with the key and the link (${lang})`, async ({ page }) => {
    const t = useTranslations(lang);
    await page.goto(`${lang}/engagements/u20-mayors-summit-2018/`);
    const { data } = engagements.find((e) => e.id === 'u20-mayors-summit-2018')!;
    const name = fillTemplate(t('network.neighbourhoodDesc'), { name: (data.short ?? data.title)[lang] });
    await expect(page.getByRole('figure', { name, exact: true })).toHaveClass(/neighbourhood/);
  });

  test(`a neighbourhood graph of a few nodes has no skip link, which would cost more than it saves (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/cities/casablanca/`);
    const figure = page.locator('figure.neighbourhood');
    await expect(figure.locator('svg.fan a').first()).toBeAttached();
    await expect(figure.locator('a.skip')).toHaveCount(0);
  });
}

test("the search page's query is in the header's field as in its own, and follows a new search from either", async ({ page }) => {
  const header = page.getByRole('banner').getByRole('searchbox');
  const own = page.locator('main').getByRole('searchbox');
  await page.goto('en/search/?q=moscow');
  await expect(own).toHaveValue('moscow');
  await expect(header).toHaveValue('moscow');
  await header.fill('casablanca');
  await header.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=casablanca$/);
  await expect(own).toHaveValue('casablanca');
  await expect(header).toHaveValue('casablanca');
  await page.goto('id/search/?q=kota');
  await expect(header).toHaveValue('kota');
});
