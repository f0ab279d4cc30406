import { useTranslations } from '../../src/i18n/index.ts';
import { datePattern } from './dates.ts';
import { engagements, gazetteerName } from './content.ts';
import { expect, test } from './fixtures.ts';

const languages = ['id', 'en'] as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const lang of languages) {
  test.describe(`timeline (${lang})`, () => {
    test('shows every engagement, by year, with its date, place, kind, partners and coverage', async ({ page }) => {
      await page.goto(`${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const { id, data } of engagements) {
        const entry = page.locator('article.entry', { has: page.getByRole('heading', { name: data.title[lang], exact: true }) });
        await expect(entry, id).toHaveCount(1);
        await expect(entry.locator('.when')).toContainText(datePattern(data.start, data.end, lang));
        await expect(entry.locator('.when')).toContainText(gazetteerName(data.place, lang));
        await expect(entry.locator('.summary')).toHaveText(data.summary[lang].replace(/\s+/g, ' ').trim());
        await expect(entry.locator('.chips a')).toHaveCount(data.partners.length);
        await expect(entry.locator('.coverage summary')).toContainText(`(${data.sources.length})`);
        const year = data.start.slice(0, 4);
        await expect(page.locator(`section:has(h2:text-is("${year}")) article.entry`, { hasText: data.title[lang] })).toHaveCount(1);
      }
    });

    test('engagements run in chronological order', async ({ page }) => {
      await page.goto(`${lang}/`);
      const starts = await page.locator('article.entry .when time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
      expect(starts.length).toBeGreaterThanOrEqual(engagements.length);
      expect(starts).toEqual([...starts].sort());
    });

    test('the year overview is a build-time SVG with one mark per engagement', async ({ page }) => {
      await page.goto(`${lang}/`);
      const overview = page.locator('.overview svg');
      await expect(overview).toBeVisible();
      // Its dots are links (below): a group named by its title, not a picture whose insides go unread.
      await expect(overview).toHaveAttribute('role', 'group');
      await expect(page.getByRole('group', { name: lang === 'id' ? /^Lini masa: satu titik/ : /^Time axis: one dot/ })).toHaveCount(1);
      await expect(overview.locator('> title')).not.toBeEmpty();
      await expect(overview.locator('.dot')).toHaveCount(engagements.length);
    });

    test('each dot of the overview is a link to its entry, named by its title and date', async ({ page }) => {
      await page.goto(`${lang}/`);
      const overview = page.locator('.overview svg');
      await expect(overview.getByRole('link')).toHaveCount(engagements.length);
      for (const { id, data } of engagements) {
        const name = new RegExp(`^${escapeRegExp(data.title[lang])}, ${datePattern(data.start, data.end, lang).source}$`);
        await expect(overview.getByRole('link', { name }), id).toHaveAttribute('href', `#engagement-${id}`);
      }
      // Followed, a dot brings its entry's heading into view.
      const latest = [...engagements].sort((a, b) => a.data.start.localeCompare(b.data.start)).at(-1)!;
      await overview.getByRole('link', { name: new RegExp(`^${escapeRegExp(latest.data.title[lang])},`) }).click();
      await expect(page).toHaveURL(new RegExp(`#engagement-${latest.id}$`));
      await expect(page.getByRole('heading', { name: latest.data.title[lang], exact: true })).toBeInViewport();
    });

    test('a dot of the overview shows it is under the pointer or has the focus', async ({ page }) => {
      await page.goto(`${lang}/`);
      const links = page.locator('.overview svg a');
      const look = (i: number) =>
        links.nth(i).locator('circle').evaluate((c) => {
          const style = getComputedStyle(c);
          return { transform: style.transform, stroke: style.stroke };
        });
      const resting = await look(0);
      await links.nth(0).hover();
      expect(await look(0), 'hovered').not.toEqual(resting);
      // From the brand link, Tab passes the header's stops and reaches the first dot.
      await page.mouse.move(0, 0);
      await page.locator('header.site a.brand').focus();
      for (let i = 0; i < 30 && !(await links.nth(1).evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(links.nth(1)).toBeFocused();
      expect(await links.nth(1).evaluate((a) => a.matches(':focus-visible'))).toBe(true);
      expect(await look(1), 'focused').not.toEqual(resting);
    });

    test("on a year's page the overview's dots lead to entries on their own year's page", async ({ page }) => {
      await page.goto(`${lang}/timeline/2018/`);
      const overview = page.locator('.overview svg');
      for (const { id, data } of engagements) {
        const href = data.start.startsWith('2018') ? `#engagement-${id}` : new RegExp(`/${lang}/timeline/${data.start.slice(0, 4)}/#engagement-${id}$`);
        await expect(overview.getByRole('link', { name: new RegExp(`^${escapeRegExp(data.title[lang])},`) }), id).toHaveAttribute('href', href);
      }
      const later = engagements.find((e) => !e.data.start.startsWith('2018'))!;
      await overview.getByRole('link', { name: new RegExp(`^${escapeRegExp(later.data.title[lang])},`) }).click();
      await expect(page).toHaveURL(new RegExp(`/timeline/${later.data.start.slice(0, 4)}/#engagement-${later.id}$`));
      await expect(page.getByRole('heading', { name: later.data.title[lang], exact: true })).toBeInViewport();
    });

    test('a year page marks its year in the overview and the timeline as the current tab', async ({ page }) => {
      await page.goto(`${lang}/timeline/2018/`);
      const years = page.locator('.overview nav');
      await expect(years.getByRole('link', { name: '2018', exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(years.getByRole('link', { name: '2022', exact: true })).not.toHaveAttribute('aria-current');
      const in2018 = engagements.filter((e) => e.data.start.startsWith('2018')).length;
      await expect(page.locator('.overview .dot:not(.other)')).toHaveCount(in2018);
      await expect(page.locator('.overview .dot.other')).toHaveCount(engagements.length - in2018);
      const tabs = page.getByRole('navigation', { name: lang === 'id' ? 'Navigasi utama' : 'Main navigation' });
      await expect(tabs.getByRole('link', { name: lang === 'id' ? 'Lini masa' : 'Timeline', exact: true })).toHaveAttribute('aria-current', 'true');

      await page.goto(`${lang}/`);
      await expect(page.locator('.overview [aria-current], .overview .other')).toHaveCount(0);
      await expect(tabs.getByRole('link', { name: lang === 'id' ? 'Lini masa' : 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
    });

    test('kind and partner filters are plain links that narrow the list', async ({ page }) => {
      // Every entry of the seed site is an engagement: its two articles belong to one each.
      const count = (n: number) => (lang === 'id' ? `${n} entri` : `${n} ${n === 1 ? 'entry' : 'entries'}`);
      await page.goto(`${lang}/`);
      const summits = engagements.filter((e) => e.data.kind === 'summit');
      // A kind's chip counts its entries, as a partner's does.
      await page.locator('.filters').getByRole('link', { name: `${lang === 'id' ? 'KTT' : 'Summit'} ${count(summits.length)}`, exact: true }).click();
      await expect(page).toHaveURL(/timeline\/kind\/summit\/$/);
      await expect(page.locator('article.entry')).toHaveCount(summits.length);
      // A filter's page says what it lists, in its heading as in its title, as a year's page does.
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(lang === 'id' ? 'Lini masa diplomasi kota Jakarta: KTT' : 'Jakarta’s city diplomacy, a timeline: Summits');
      await expect(page).toHaveTitle(lang === 'id' ? 'KTT · Lini masa · Diplomasi Kota Jakarta' : 'Summits · Timeline · Jakarta City Diplomacy');

      await page.goto(`${lang}/timeline/partner/c40/`);
      await expect(heading).toHaveText(lang === 'id' ? 'Lini masa diplomasi kota Jakarta dengan C40 Cities' : 'Jakarta’s city diplomacy with C40 Cities, a timeline');
      await expect(page).toHaveTitle(lang === 'id' ? 'C40 Cities · Lini masa · Diplomasi Kota Jakarta' : 'C40 Cities · Timeline · Jakarta City Diplomacy');
      // A name English gives "the" in a sentence has it in the heading, not in the title, which is a label.
      await page.goto(`${lang}/timeline/partner/world-bank/`);
      await expect(heading).toHaveText(lang === 'id' ? 'Lini masa diplomasi kota Jakarta dengan Bank Dunia' : 'Jakarta’s city diplomacy with the World Bank, a timeline');
      await expect(page).toHaveTitle(lang === 'id' ? 'Bank Dunia · Lini masa · Diplomasi Kota Jakarta' : 'World Bank · Timeline · Jakarta City Diplomacy');
      await page.goto(`${lang}/timeline/partner/c40/`);
      const withC40 = engagements.filter((e) => e.data.partners.includes('c40'));
      expect(withC40.length).toBeGreaterThanOrEqual(2);
      // The partners' list is closed (the status line names the partner); opened, it marks the chip
      // of the one shown, which says what its number counts, for a reader who hears it rather than sees it.
      await page.locator('.filters summary').click();
      await expect(page.locator('.filters .chips a[aria-current=page]')).toHaveAccessibleName(`C40 Cities ${count(withC40.length)}`);
      for (const { data } of withC40) await expect(page.getByRole('heading', { name: data.title[lang], exact: true })).toBeVisible();
      await expect(page.locator('p[role=status]')).toContainText(`· ${count(withC40.length)} ·`);

      const single = engagements.filter((e) => e.data.partners.includes('barcelona'));
      await page.goto(`${lang}/timeline/partner/barcelona/`);
      await expect(page.locator('p[role=status]')).toContainText(`· ${count(single.length)} ·`);
    });

    test("a year's filters keep the year: each leads to that year's entries of its filter, and counts them", async ({ page }) => {
      const t = useTranslations(lang);
      const count = (n: number) => (lang === 'id' ? `${n} entri` : `${n} ${n === 1 ? 'entry' : 'entries'}`);
      const of2018 = engagements.filter((e) => e.data.start.startsWith('2018'));
      const involving = (id: string, list = engagements) => list.filter(({ data }) => data.partners.includes(id) || data.place === id);
      // C40 is in entries of 2018 and of other years: its 2018 count is not its count.
      expect(involving('c40', of2018).length).toBeLessThan(involving('c40').length);
      const absent = [...new Set(engagements.flatMap(({ data }) => data.partners))].find((id) => id !== 'jakarta' && involving(id, of2018).length === 0);
      expect(absent, 'a partner with no entry in 2018').toBeDefined();
      await page.goto(`${lang}/timeline/2018/`);
      const filters = page.locator('nav.filters');
      // "All" is this year unfiltered, the page itself: before, it led to the whole timeline.
      const all = filters.getByRole('link', { name: `${t('timeline.all')} ${count(of2018.length)}`, exact: true });
      await expect(all).toHaveAttribute('aria-current', 'page');
      await expect(all).toHaveAttribute('href', new RegExp(`/${lang}/timeline/2018/$`));
      // Only the kinds of 2018, each to its 2018 entries: the seed's filters fit a page each, so at its year's heading there.
      const kinds = [...new Set(of2018.map((e) => e.data.kind))];
      await expect(filters.locator('a[href*="/timeline/kind/"]')).toHaveCount(kinds.length);
      for (const kind of kinds) {
        const ofKind = of2018.filter((e) => e.data.kind === kind);
        await expect(filters.getByRole('link', { name: `${t(`kind.${kind}`)} ${count(ofKind.length)}`, exact: true })).toHaveAttribute('href', new RegExp(`/timeline/kind/${kind}/#y2018$`));
      }
      await expect(filters.locator(`a[href*="/timeline/partner/${absent}/"]`)).toHaveCount(0);
      await filters.locator('summary').click();
      await expect(filters.locator('summary')).toHaveText(lang === 'id' ? 'Menurut mitra pada 2018' : 'By partner in 2018');
      const c40 = filters.getByRole('link', { name: `C40 Cities ${count(involving('c40', of2018).length)}`, exact: true });
      await c40.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/timeline/partner/c40/#y2018$`));
      await expect(page.getByRole('heading', { name: '2018', exact: true, level: 2 })).toBeInViewport();
      for (const { data } of involving('c40', of2018)) await expect(page.locator('section.year:has(h2:text-is("2018"))').getByRole('heading', { name: data.title[lang], exact: true })).toBeVisible();
    });

    test("on a phone a partner's page says first what it shows, and its entries are a tap away", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${lang}/timeline/partner/u20/`);
      // The line was under the open list of every partner, its entry 1,700 px down.
      const status = page.locator('p[role=status]');
      await expect(status).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.filters details')).not.toHaveAttribute('open');
      const toEntries = status.getByRole('link', { name: lang === 'id' ? '1 entri' : '1 entry', exact: true });
      await toEntries.click();
      await expect(page.locator('article.entry').first()).toBeInViewport();
    });
  });

  test.describe(`timeline without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false });

    test('every engagement is there and readable', async ({ page }) => {
      await page.goto(`${lang}/`);
      for (const { data } of engagements) {
        await expect(page.getByRole('heading', { name: data.title[lang], exact: true })).toBeVisible();
        await expect(page.getByText(data.summary[lang].replace(/\s+/g, ' ').trim().slice(0, 60))).toBeVisible();
      }
    });
  });
}
