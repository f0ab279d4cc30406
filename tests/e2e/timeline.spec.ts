import { datePattern } from './dates.ts';
import { engagements, gazetteerName } from './content.ts';
import { expect, test } from './fixtures.ts';

const languages = ['id', 'en'] as const;

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
      const overview = page.locator('svg[role="img"]').first();
      await expect(overview).toBeVisible();
      await expect(overview.locator('title')).not.toBeEmpty();
      await expect(overview.locator('.dot')).toHaveCount(engagements.length);
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
      await page.goto(`${lang}/`);
      await page.locator('.filters').getByRole('link', { name: lang === 'id' ? 'KTT' : 'Summit', exact: true }).click();
      await expect(page).toHaveURL(/timeline\/kind\/summit\/$/);
      const summits = engagements.filter((e) => e.data.kind === 'summit');
      await expect(page.locator('article.entry')).toHaveCount(summits.length);
      // A filter's page says what it lists, in its heading as in its title, as a year's page does.
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(lang === 'id' ? 'Lini masa diplomasi kota Jakarta: KTT' : 'Jakarta’s city diplomacy, a timeline: Summits');
      await expect(page).toHaveTitle(lang === 'id' ? 'KTT · Lini masa · Diplomasi Kota Jakarta' : 'Summits · Timeline · Jakarta City Diplomacy');

      await page.goto(`${lang}/timeline/partner/c40/`);
      await expect(heading).toHaveText(lang === 'id' ? 'Lini masa diplomasi kota Jakarta dengan C40 Cities' : 'Jakarta’s city diplomacy with C40 Cities, a timeline');
      await expect(page).toHaveTitle(lang === 'id' ? 'C40 Cities · Lini masa · Diplomasi Kota Jakarta' : 'C40 Cities · Timeline · Jakarta City Diplomacy');
      const withC40 = engagements.filter((e) => e.data.partners.includes('c40'));
      expect(withC40.length).toBeGreaterThanOrEqual(2);
      for (const { data } of withC40) await expect(page.getByRole('heading', { name: data.title[lang], exact: true })).toBeVisible();
      // Every entry of the seed site is an engagement: its two articles belong to one each.
      const count = (n: number) => (lang === 'id' ? `${n} entri` : `${n} ${n === 1 ? 'entry' : 'entries'}`);
      await expect(page.locator('p[role=status]')).toContainText(`· ${count(withC40.length)} ·`);

      const single = engagements.filter((e) => e.data.partners.includes('barcelona'));
      await page.goto(`${lang}/timeline/partner/barcelona/`);
      await expect(page.locator('p[role=status]')).toContainText(`· ${count(single.length)} ·`);
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
