import { articles, engagements } from './content.ts';
import { expect, test } from './fixtures.ts';

const languages = ['id', 'en'] as const;
const other = (lang: 'id' | 'en') => (lang === 'id' ? 'en' : 'id');

/** One page of each type, as a path under a language. */
const pageTypes = [
  '',
  'timeline/kind/summit/',
  'timeline/partner/c40/',
  `engagements/${engagements[0]!.id}/`,
  `articles/${articles()[0]!.id}/`,
  'cities/casablanca/',
  'organisations/uclg/',
  'about/',
  'archive/',
  'search/',
];

test('the switcher carries a search over to the other language', async ({ page, baseURL }) => {
  await page.goto('en/search/?q=unicef');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(`${baseURL}id/search/?q=unicef`);
  await expect(page.locator('#q')).toHaveValue('unicef');
});

test('a city called otherwise in the other language gives that name too, and search finds it by either', async ({ page }) => {
  await page.goto('en/cities/moscow/');
  await expect(page.locator('main header dd span[lang="id"]')).toHaveText('Moskwa');
  for (const [lang, q] of [['en', 'Moskwa'], ['id', 'Moscow']] as const) {
    await page.goto(`${lang}/search/?q=${q}`);
    await expect(page.locator(`[data-search-results] li a[href$="/${lang}/cities/moscow/"]`)).toBeVisible();
  }
});

test('the switcher carries a find in the network over, as the find changes', async ({ page, baseURL }) => {
  await page.goto('id/network/');
  await page.getByLabel('Cari di grafik').fill('World Bank');
  await page.getByLabel('Cari di grafik').press('Enter');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(`${baseURL}en/network/?q=World+Bank`);
  await expect(page.locator('svg[data-graph] .node[data-id="world-bank"]')).toBeFocused();
});

for (const lang of languages) {
  for (const path of pageTypes) {
    test(`${lang}/${path}: the switcher leads to the same page in ${other(lang)}`, async ({ page, baseURL }) => {
      await page.goto(`${lang}/${path}`);
      await page.locator('[data-lang-switch]').click();
      await expect(page).toHaveURL(`${baseURL}${other(lang)}/${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', other(lang));
    });

    test(`${lang}/${path}: head has lang, title, description, canonical, alternates and Open Graph`, async ({ page, baseURL }) => {
      await page.goto(`${lang}/${path}`);
      const head = page.locator('head');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(/\S/);
      await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{20,}/);
      const base = new URL(baseURL ?? '').pathname;
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${base}${lang}/${path}$`));
      for (const l of languages) await expect(head.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute('href', new RegExp(`${base}${l}/${path}$`));
      // The root chooser is x-default for the home pages only: it names no other page as its version.
      const xDefault = head.locator('link[rel="alternate"][hreflang="x-default"]');
      if (path === '') await expect(xDefault).toHaveAttribute('href', new RegExp(`${base}$`));
      else await expect(xDefault).toHaveCount(0);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${base}${lang}/${path}$`));
    });
  }

  test(`${lang}: structured data names engagements as Events and articles as NewsArticles`, async ({ page }) => {
    const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    const { id, data } = engagements[0]!;
    await page.goto(`${lang}/engagements/${id}/`);
    const event = await jsonLd();
    expect(event).toMatchObject({ '@type': 'Event', name: data.title[lang], startDate: data.start });
    // Jakarta attended; the sources name other organisers for most engagements.
    expect(event).toMatchObject({ attendee: { name: lang === 'id' ? 'Pemerintah Provinsi DKI Jakarta' : 'Jakarta Provincial Government' } });
    expect(event).not.toHaveProperty('organizer');
    const article = articles()[0]!;
    await page.goto(`${lang}/articles/${article.id}/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await jsonLd()).toMatchObject({ '@type': 'NewsArticle', url: canonical, datePublished: article.date });
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', article.date);
  });
}

for (const lang of languages) {
  test(`${lang}: an article's description is the opening of the text it shows, cut at a word`, async ({ page }) => {
    await page.goto(`${lang}/articles/${articles()[0]!.id}/`);
    const opening = ((await page.locator('[data-article-body] p').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(Array.from(description).length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/\S{3,}/);
    expect(opening.startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description);
  });
}

for (const lang of languages) {
  test(`${lang}: link previews get the language's share card, a 1200×630 PNG`, async ({ page, request, baseURL }) => {
    await page.goto(`${lang}/organisations/uclg/`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(new URL(image).pathname).toBe(`${new URL(baseURL ?? '').pathname}${lang}/share-card.png`);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S{3,}/);
    const response = await request.get(`${lang}/share-card.png`);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

for (const lang of languages) {
  test(`${lang}: an engagement previews with its own card, named after it`, async ({ page, request, baseURL }) => {
    const engagement = 'u20-mayors-summit-2018';
    await page.goto(`${lang}/engagements/${engagement}/`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(new URL(image).pathname).toBe(`${new URL(baseURL ?? '').pathname}${lang}/engagements/${engagement}/share-card.png`);
    const title = (await page.locator('h1').textContent()) ?? '';
    const alt = (await page.locator('meta[property="og:image:alt"]').getAttribute('content')) ?? '';
    expect(alt.startsWith(`${title}: `), alt).toBe(true);
    const png = await (await request.get(`${lang}/engagements/${engagement}/share-card.png`)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const siteCard = await (await request.get(`${lang}/share-card.png`)).body();
    expect(png.equals(siteCard)).toBe(false);
  });
}

test('a phone browser bar takes the header colour, in light and in dark', async ({ page }) => {
  await page.goto('en/');
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const theme = (await page.locator(`meta[name="theme-color"][media="(prefers-color-scheme: ${scheme})"]`).getAttribute('content')) ?? '';
    expect(await page.locator('header.site').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(theme));
  }
});

test('the header keeps the language switch beside the brand, from a phone to a desktop', async ({ page }) => {
  for (const [lang, code, name] of [['id', 'EN', 'English'], ['en', 'ID', 'Bahasa Indonesia']] as const) {
    await page.goto(`${lang}/`);
    const toggle = page.locator('[data-lang-switch]');
    for (const width of [320, 360, 390, 660, 760, 900, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const brand = (await page.locator('header.site .brand').boundingBox())!;
      const box = (await toggle.boundingBox())!;
      expect(Math.abs(brand.y + brand.height / 2 - (box.y + box.height / 2)), `${lang} at ${width}px`).toBeLessThan(8);
      // A phone shows the code; the name stays in what a screen reader announces, after it.
      const phone = width < 448;
      await expect(toggle.getByText(code, { exact: true })).toBeVisible({ visible: phone });
      await expect(toggle).toHaveAccessibleName(phone ? `${code} ${name}` : name);
    }
  }
});

test('Tab walks the header in the order it is seen: brand, language, search, tabs', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('id/');
    const header = page.getByRole('banner');
    const stops = [
      header.getByRole('link', { name: 'Diplomasi Kota Jakarta' }),
      page.locator('[data-lang-switch]'),
      header.getByRole('searchbox'),
      header.getByRole('button', { name: 'Cari' }),
      page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').first(),
    ];
    await stops[0]!.focus();
    for (const stop of stops.slice(1)) {
      await page.keyboard.press('Tab');
      await expect(stop, `${width} px`).toBeFocused();
    }
    // And where the reader sees it: the switch beside the brand, the search after it.
    const [brand, toggle, field] = await Promise.all(stops.slice(0, 3).map(async (stop) => (await stop.boundingBox())!));
    expect(toggle!.x, `${width} px`).toBeGreaterThan(brand!.x + brand!.width);
    expect(field!.y > toggle!.y || field!.x > toggle!.x + toggle!.width, `${width} px`).toBe(true);
  }
});

test('on a phone the header’s search button is a magnifier, and keeps its name', async ({ page }) => {
  for (const [lang, name] of [['id', 'Cari'], ['en', 'Search']] as const) {
    await page.goto(`${lang}/`);
    const submit = page.locator('header.site [role="search"] button');
    for (const width of [320, 390, 447, 449, 900]) {
      await page.setViewportSize({ width, height: 800 });
      const phone = width < 448;
      await expect(submit.locator('svg')).toBeVisible({ visible: phone });
      // Clipped to a pixel, the word is out of sight but still read out.
      const word = (await submit.getByText(name, { exact: true }).boundingBox())!;
      expect(word.width > 1, `${lang} at ${width}px: the word is ${word.width}px wide`).toBe(!phone);
      await expect(submit, `${lang} at ${width}px`).toHaveAccessibleName(name);
    }
  }
});

test('the root, which link previews read without running its script, previews with the Indonesian card', async ({ request, baseURL }) => {
  const html = await (await request.get('')).text();
  const base = new URL(baseURL ?? '').pathname;
  expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]*${base}id/share-card\\.png"`));
  expect(html).toContain('<meta property="og:title" content="Diplomasi Kota Jakarta · Jakarta City Diplomacy"');
});

// The site's root chooses the home page; the widgets' folder, the page that makes widgets.
for (const [chooser, target] of [
  ['', ''],
  ['embed/', 'embed/'],
] as const) {
  test.describe(`the chooser at /${chooser}`, () => {
    for (const [locale, lang] of [
      ['id-ID', 'id'],
      ['en-US', 'en'],
      ['fr-FR', 'en'],
    ] as const) {
      test.describe(`for a ${locale} browser`, () => {
        test.use({ locale });
        test(`sends the reader to /${lang}/${target}`, async ({ page, baseURL }) => {
          await page.goto(chooser);
          await expect(page).toHaveURL(`${baseURL}${lang}/${target}`);
        });
      });
    }

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('offers both languages as links', async ({ page, baseURL }) => {
        await page.goto(chooser);
        await page.getByRole('link', { name: 'English' }).click();
        await expect(page).toHaveURL(`${baseURL}en/${target}`);
        await page.goto(chooser);
        await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
        await expect(page).toHaveURL(`${baseURL}id/${target}`);
      });
    });
  });
}

test('the widgets’ folder is for people, not search engines', async ({ request }) => {
  const html = await (await request.get('embed/')).text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).not.toContain('rel="canonical"');
});
