import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { languages, useTranslations } from '../../src/i18n/index.ts';
import { engagements, squash } from './content.ts';
import { expect, test } from './fixtures.ts';

/**
 * The site built from a corpus no unit test reads: the seeds, the bad-input files that must
 * ingest fine, a duplicate of a seed under another name, and an English source with an odd name.
 */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bad-input', name), 'utf8');

test('MDX-like source text reaches the page exactly as written, and nothing in it ran', async ({ page }) => {
  const source = fixture('mdx-syntax-in-text.txt').split('\n').filter((l) => l.trim());
  const [title, , ...paragraphs] = source;
  await page.goto('id/articles/2018-04-19-uji-1-1-judul/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  const body = squash(await page.locator('[data-article-body]').innerText());
  for (const paragraph of paragraphs) expect(body).toContain(squash(paragraph));
  await expect(page.locator('[data-article-body] div.x')).toHaveCount(0);
});

test('a Windows-encoded source with a BOM reads cleanly', async ({ page }) => {
  await page.goto('id/articles/2018-10-30-judul-dengan-bom/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Judul Dengan BOM');
  await expect(page.locator('[data-article-body]')).toHaveText('Isi paragraf.');
});

test('an English source is published as English, under a safe address, with its entities', async ({ page }) => {
  await page.goto('en/articles/2018-10-30-test-fixture-an-english-language-source-with-an-unusual-file/');
  await expect(page.locator('[data-article-body]')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-article-body]')).toContainText('{props.title} and <Widget /> and a < b');
  await expect(page.locator('[data-article-body]')).toContainText('export of coal rose 5% is prose');
  // No smart punctuation: quotes, dashes and dots stay as the source typed them.
  await expect(page.locator('[data-article-body]')).toContainText('The mayor said "we will" -- and then... --- the rest <!-- is not a comment --> stays as typed.');
  for (const entity of ['cities/sao-paulo/', 'cities/buenos-aires/', 'organisations/c40/']) {
    await expect(page.locator(`aside a[href$="/en/${entity}"]`)).toHaveCount(1);
  }
});

test('search shows entity-like source text as written, in the page and in its excerpt', async ({ page }) => {
  const sentence = 'Text that looks like an HTML entity, such as &lt;b&gt; or AT&amp;T, is shown as typed';
  await page.goto('en/articles/2018-10-30-test-fixture-an-english-language-source-with-an-unusual-file/');
  await expect(page.locator('[data-article-body]')).toContainText(sentence);
  await page.goto('en/search/?q=quokka');
  const result = page.locator('[data-search-results] li').filter({ hasText: 'Test fixture' });
  await expect(result.locator('p:not(.about)')).toContainText(sentence);
  await expect(result.locator('mark')).toHaveText('quokka');
});

test('the feed dates a stand-alone article at its own time', async ({ request, baseURL }) => {
  const feed = await (await request.get(`${baseURL}en/rss.xml`)).text();
  const item = feed.split('<item>').find((i) => i.includes('/en/articles/2018-10-30-test-fixture-an-english-language-source-with-an-unusual-file/'));
  // The source's dateline: 30 October 2018, 10:15 WIB.
  expect(item).toContain('<pubDate>Tue, 30 Oct 2018 03:15:00 GMT</pubDate>');
});

test('the feed gives markup in a source as text, which a reader shows as written', async ({ request, baseURL }) => {
  const feed = await (await request.get(`${baseURL}en/rss.xml`)).text();
  const item = feed.split('<item>').find((i) => i.includes('/en/articles/2018-10-30-test-fixture-an-english-language-source-with-an-unusual-file/'));
  // A reader decodes the XML, then takes the description as HTML: "&lt;b&gt;" shows as "<b>".
  expect(item).toContain('<description>This file is a sample written for the end-to-end tests; it is not news (nor &amp;lt;b&amp;gt;markup&amp;lt;/b&amp;gt;).');
});

test('the same article under two file names is published once', async ({ page, request, baseURL }) => {
  const copy = await request.get(`${baseURL}id/articles/2018-10-30-anies-jadi-panelis-social-integration-and-inclusion-di-u20-2/`);
  expect(copy.status()).toBe(404);
  await page.goto('id/');
  // The timeline links the article, and the notes of the headlines it lists name it too: all one page.
  const links = page.getByRole('link', { name: 'Anies Jadi Panelis Social Integration and Inclusion di U20 Mayors Summit', exact: true, includeHidden: true });
  await expect(links.first()).toBeAttached();
  const pages = new Set(await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname)));
  expect([...pages]).toEqual(['/id/articles/2018-10-30-anies-jadi-panelis-social-integration-and-inclusion-di-u20/']);
});

test('articles outside any engagement get timeline entries of their own, beside every engagement', async ({ page }) => {
  await page.goto('en/');
  for (const { data } of engagements) await expect(page.getByRole('heading', { name: data.title.en, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Judul Dengan BOM' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Uji {1 + 1} Judul' })).toBeVisible();
});

test('an article outside any engagement links its own entry on the timeline', async ({ page }) => {
  await page.goto('en/articles/2018-10-30-judul-dengan-bom/');
  await page.getByRole('link', { name: 'On the timeline, 2018' }).click();
  await expect(page).toHaveURL(/\/en\/timeline\/2018\/#article-2018-10-30-judul-dengan-bom$/);
  await expect(page.getByRole('heading', { name: 'Judul Dengan BOM' })).toBeInViewport();
});

test('the English archive prints an untranslated article in Indonesian, and says so', async ({ page }) => {
  await page.goto('en/archive/');
  const article = page.locator('#article-2018-10-30-judul-dengan-bom');
  await expect(article.locator('h3')).toHaveText('Judul Dengan BOM');
  await expect(article.locator('h3')).toHaveAttribute('lang', 'id');
  await expect(article.locator('.notice')).toContainText('shown in its original Indonesian');
  await expect(article.locator('[data-article-body]')).toHaveText('Isi paragraf.');
});

/** The stand-alone articles no one translated: each page shows its title as its source wrote it. */
const UNTRANSLATED = [
  { title: 'Judul Dengan BOM', lang: 'id' },
  { title: 'Uji {1 + 1} Judul', lang: 'id' },
  { title: 'Test fixture: an English-language source with an unusual file name', lang: 'en' },
] as const;

/**
 * The language a screen reader takes each element in `scope` to be in that names `title`, by its
 * own text (an SVG label, a link, an option, a cell, a tooltip) or by its aria-label.
 */
const languagesNaming = (scope: Locator, title: string): Promise<string[]> =>
  scope.evaluate((root, title) => {
    const own = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    const names = (el: Element) => own(el).startsWith(title) || (el.getAttribute('aria-label') ?? '').startsWith(title);
    return [...root.querySelectorAll('*')].filter(names).map((el) => `${el.localName}: ${el.closest('[lang]')?.getAttribute('lang')}`);
  }, title);

/** Every element that names an untranslated title there is in that title's language: asserts that some do. */
async function expectTitlesInTheirLanguage(scope: Locator, titles: readonly { title: string; lang: string }[]): Promise<void> {
  for (const { title, lang } of titles) {
    const named = await languagesNaming(scope, title);
    expect(named.length, `elements naming "${title}"`).toBeGreaterThan(0);
    expect(named.filter((n) => !n.endsWith(`: ${lang}`)), `elements naming "${title}" not in ${lang}`).toEqual([]);
  }
}

for (const lang of languages) {
  test(`the network says each untranslated article's title in its own language: graph, menus, list and table (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/network/`);
    await page.locator('details.edges summary').click();
    await expectTitlesInTheirLanguage(page.locator('main'), UNTRANSLATED);
  });

  test(`the network lists its cities and organisations first, its stand-alone articles last (${lang})`, async ({ page }) => {
    const t = useTranslations(lang);
    await page.goto(`${lang}/network/`);
    const headings = page.locator('section:has(#nodes) h3');
    await expect(headings).toHaveText((['city', 'organisation', 'engagement', 'article'] as const).map((type) => t(`network.type.${type}`)));
  });
}

test('a city’s neighbourhood drawing says an untranslated English title in English on the Indonesian page', async ({ page }) => {
  await page.goto('id/cities/sao-paulo/');
  await expectTitlesInTheirLanguage(page.locator('figure.neighbourhood'), UNTRANSLATED.filter((a) => a.lang === 'en'));
});

test('search results give an untranslated article’s title and excerpt in its language, and others in the page’s', async ({ page }) => {
  await page.goto('en/search/?q=judul');
  const results = page.locator('[data-search-results]');
  await expect(results.locator('li').first()).toBeVisible();
  await expectTitlesInTheirLanguage(results, UNTRANSLATED.filter((a) => a.lang === 'id'));
  await expect(results.locator('li').filter({ hasText: 'Judul Dengan BOM' }).locator('p:not(.about)')).toHaveAttribute('lang', 'id');
  await page.goto('id/search/?q=quokka');
  await expect(results.locator('li').first()).toBeVisible();
  await expectTitlesInTheirLanguage(results, UNTRANSLATED.filter((a) => a.lang === 'en'));
  await page.goto('en/search/?q=quokka');
  await expect(results.locator('li').first()).toBeVisible();
  await expectTitlesInTheirLanguage(results, UNTRANSLATED.filter((a) => a.lang === 'en'));
  await expect(results.locator('li p:not(.about)').first()).not.toHaveAttribute('lang', /./);
});
