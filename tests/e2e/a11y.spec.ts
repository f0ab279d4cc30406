import { articles, engagements } from './content.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const pageTypes = [
  '',
  'timeline/kind/summit/',
  'timeline/partner/c40/',
  `engagements/${engagements[0]!.id}/`,
  ...articles().map((a) => `articles/${a.id}/`),
  'cities/buenos-aires/',
  'organisations/c40/',
  'about/',
  'archive/',
  'search/',
  'network/',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const lang of ['id', 'en'] as const) {
      for (const path of pageTypes) {
        test(`${lang}/${path}`, async ({ page }) => {
          await page.goto(`${lang}/${path}`);
          await expectAccessible(page);
        });
      }
    }
    test('search results', async ({ page }) => {
      await page.goto('en/search/?q=Jakarta');
      await page.locator('[data-search-results] li').first().waitFor();
      await expectAccessible(page);
    });
    test.describe('404', () => {
      test.use({ opensMissingPage: true });
      test('404', async ({ page, baseURL }) => {
        await page.goto(`${baseURL}nope/`);
        await expectAccessible(page);
      });
    });
    test('root language choice, as a reader without JavaScript gets it', async ({ page, baseURL }) => {
      // axe itself runs on JavaScript, so the page's redirect script is taken out instead.
      await page.route(baseURL ?? '', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
        await route.fulfill({ response, body });
      });
      await page.goto(baseURL ?? '');
      await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
