import { articles, engagements } from './content.ts';
import type { Locator } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';

const pageTypes = [
  '',
  'timeline/kind/summit/',
  'timeline/partner/c40/',
  `engagements/${engagements[0]!.id}/`,
  ...articles().map((a) => `articles/${a.id}/`),
  'cities/buenos-aires/',
  // UCLG's page has all three lists: its own engagements, a branch's, and articles that name it.
  'organisations/uclg/',
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

/** In forced colours (Windows' contrast themes) the browser replaces the site's colours with the system's few. */
test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });
  const computed = (locator: Locator, property: 'backgroundColor' | 'borderBottomColor' | 'color') =>
    locator.evaluate((element, name) => getComputedStyle(element)[name], property);

  for (const scheme of ['light', 'dark'] as const) {
    test(`the current tab and the chip of the filter shown still stand out, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('en/timeline/kind/summit/');
      const canvas = await computed(page.locator('body'), 'backgroundColor');
      const tabs = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
      await expect(tabs).toHaveCount(4);
      for (const tab of await tabs.all()) {
        const bar = await computed(tab, 'borderBottomColor');
        const name = await tab.textContent();
        if (name === 'Timeline') expect(bar, 'the current tab keeps its bar').not.toBe(canvas);
        else expect(bar, `${name}: only the current tab has a bar`).toBe(canvas);
      }
      const chips = page.getByRole('navigation', { name: 'Filter' }).locator('.chip');
      const shown = chips.and(page.locator('[aria-current="page"]'));
      await expect(shown).toHaveText(/^Summit \d+ entr/);
      const background = await computed(shown, 'backgroundColor');
      expect(background, 'the chosen chip is filled').not.toBe(await computed(chips.first(), 'backgroundColor'));
      expect(await computed(shown, 'color'), 'its text reads on its fill').not.toBe(background);
    });
  }

  test("the widget's entries keep their mark on the line", async ({ page }) => {
    await page.goto('embed/en/');
    const dot = await page.locator('.entry').first().evaluate((entry) => {
      const style = getComputedStyle(entry, '::before');
      return { ring: style.borderTopWidth, colour: style.borderTopColor, canvas: getComputedStyle(document.body).backgroundColor };
    });
    expect(dot.ring).toBe('2px');
    expect(dot.colour).not.toBe(dot.canvas);
  });
});

for (const lang of ['id', 'en'] as const) {
  // The embed page's tab is the widest current tab in Indonesian ("Sematkan", bold): the hardest row to fit.
  test(`at every width every tab is in sight, whole, on one row (${lang})`, async ({ page }) => {
    for (const path of ['', 'embed/']) {
      await page.goto(`${lang}/${path}`);
      for (const width of [320, 360, 375, 390, 412, 430, 640, 1280]) {
        await page.setViewportSize({ width, height: 640 });
        const tabs = await page.locator('nav.wrap a').evaluateAll((links) => links.map((a) => ({ name: a.textContent, ...a.getBoundingClientRect().toJSON() })));
        expect(tabs).toHaveLength(4);
        for (const { name, left, right } of tabs) expect([left >= 0, right <= width], `${name} at ${width} px`).toEqual([true, true]);
        // A fifth tab wrapped at 320–390 px and left "Tentang" ("About") alone on a second row.
        expect(new Set(tabs.map((tab) => tab.top)).size, `${path} at ${width} px`).toBe(1);
      }
    }
  });

  // A busy year's page numbers are one or two digits: 11×20 px, they passed WCAG 2.5.8 only by their spacing.
  test(`every link of a year's pager is a target of 24 × 24 px at least (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    for (const year of ['2018', '2022']) {
      await page.goto(`${lang}/timeline/${year}/`);
      const links = await page.locator('nav.pager a').evaluateAll((as) => as.map((a) => ({ name: a.textContent, width: a.getBoundingClientRect().width, height: a.getBoundingClientRect().height })));
      expect(links.length).toBeGreaterThan(0);
      for (const { name, width, height } of links) expect([width >= 24, height >= 24], `${name}: ${width} × ${height}`).toEqual([true, true]);
    }
  });

  // Brand and language, search, tabs: three rows. With five tabs on two rows it was 181 px, a quarter of the screen.
  test(`on a phone the header takes three short rows (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/`);
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: 640 });
      const height = await page.locator('header.site').evaluate((header) => header.getBoundingClientRect().height);
      expect(height, `${width} px`).toBeLessThanOrEqual(135);
    }
  });
}

// WCAG 1.4.12's spacing, at 1.4.10's 320 px: nothing may need sideways scrolling to read.
const textSpacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

for (const lang of ['id', 'en'] as const) {
  test(`at 320 px with wider text spacing no page scrolls sideways (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of pageTypes) {
      await page.goto(`${lang}/${path}`);
      // A constructed sheet, as a reader's extension would add it: the CSP refuses a <style> tag.
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, textSpacing);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang}/${path} is wider than the screen by`).toBe(0);
    }
  });
}

/** Containers whose accessible name repeats the one of a container around them, from the page's ARIA snapshot. */
function repeatedNames(snapshot: string): string[] {
  const open: { depth: number; name: string }[] = [];
  const repeats: string[] = [];
  for (const line of snapshot.split('\n')) {
    const match = /^(\s*)- '?(figure|group|navigation|region|img|list|form|search) "(.+?)"/.exec(line);
    if (!match) continue;
    const [, indent = '', role, name = ''] = match;
    while (open.length && open.at(-1)!.depth >= indent.length) open.pop();
    if (open.some((outer) => outer.name === name)) repeats.push(`${role} "${name}"`);
    open.push({ depth: indent.length, name });
  }
  return repeats;
}

for (const lang of ['id', 'en'] as const) {
  test(`no part of a page is named again by a part inside it (${lang})`, async ({ page }) => {
    for (const path of pageTypes) {
      await page.goto(`${lang}/${path}`);
      expect(repeatedNames(await page.locator('body').ariaSnapshot()), `${lang}/${path}`).toEqual([]);
    }
  });
}
