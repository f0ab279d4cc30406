import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Frame, Locator, Page } from '@playwright/test';
import { defaultOptions, MAX_LIMIT, optionKeys, SUGGESTED_LIMIT } from '../../src/lib/embed-options.ts';
import { engagements, gazetteerName } from './content.ts';
import { expect, expectAccessible, test as base } from './fixtures.ts';
import { MAIN_SITE } from './sites.ts';

/**
 * The widget as a host sees it: a page on another origin (127.0.0.1 and its own port, the site
 * being on localhost) with the loader snippet, `/host/?<data-* options>`; at `/bare/?…`, its
 * placeholder has no text.
 */
interface Host {
  origin: string;
}

const hostPage = (query: URLSearchParams, bare: boolean): string => {
  const attributes = [...query].map(([key, value]) => ` data-${key}="${value.replace(/[^a-z0-9-]/gi, '')}"`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><main><h1>A story about Jakarta</h1>
<div data-jakarta-timeline${attributes}>${bare ? '' : `<a href="${MAIN_SITE.url}en/">Jakarta’s city diplomacy, a timeline</a>`}</div>
<script async src="${MAIN_SITE.url}embed.js"></script></main></body></html>`;
};

const test = base.extend<{ allowedOrigins: string[] }, { host: Host }>({
  host: [
    async ({}, use) => {
      const server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(url.searchParams, url.pathname === '/bare/'));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await use({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  allowedOrigins: async ({ host }, use) => use([host.origin]),
});

const SITE_ORIGIN = new URL(MAIN_SITE.url).origin;

async function embed(page: Page, host: Host, options: Record<string, string>): Promise<Frame> {
  await page.goto(`${host.origin}/host/?${new URLSearchParams(options)}`);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveCount(1);
  await expect(page.locator('[data-jakarta-timeline]')).toHaveCount(0);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await frame!.locator('article.entry:visible').first().waitFor();
  return frame!;
}

/** The iframe's height on the host, and the height of the document inside it. */
const heights = async (page: Page, frame: Frame) => ({
  iframe: (await page.locator('iframe').first().boundingBox())!.height,
  content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
});

const expectFitted = (page: Page, frame: Frame) =>
  expect.poll(async () => {
    const { iframe, content } = await heights(page, frame);
    return Math.abs(iframe - content);
  }).toBeLessThanOrEqual(2);

/** Asserts that a widget entry shows `id` among its partners, a link to the organisation's page on the site. */
async function expectPartnerOrganisation(entry: Locator, lang: 'id' | 'en', id: string): Promise<void> {
  const chip = entry.getByRole('list').getByRole('link', { name: gazetteerName(id, lang), exact: true });
  await expect(chip).toBeVisible();
  await expect(chip).toHaveJSProperty('href', new URL(`${lang}/organisations/${id}/`, MAIN_SITE.url).href);
}

test.describe('the loader on another origin', () => {
  test('keeps the host’s link for a partner the site has no widget for, rather than frame a missing page', async ({ page, host }) => {
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${host.origin}/host/?${new URLSearchParams({ lang: 'en', partner: 'atlantis' })}`);
    await expect.poll(() => warnings).toContain("Jakarta timeline: no widget for partner:atlantis; the placeholder's link is kept");
    await expect(page.locator('[data-jakarta-timeline] a')).toBeVisible();
    await expect(page.locator('iframe')).toHaveCount(0);
  });

  test('replaces the placeholder with a titled, lazy iframe on the site, as tall as its content after a resize', async ({ page, host }) => {
    expect(host.origin).not.toBe(SITE_ORIGIN);
    const frame = await embed(page, host, { lang: 'en', density: 'full' });
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', 'Jakarta’s city diplomacy, a timeline');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    expect(new URL(frame.url()).origin).toBe(SITE_ORIGIN);
    // The address a cache sees is the same on every page view: the frame's random id is in the fragment.
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.href.replace(src.hash, '')).toBe(`${MAIN_SITE.url}embed/en/?density=full`);
    expect(src.hash).toMatch(/^#id=[a-z0-9]+$/);
    await expectFitted(page, frame);
    const wide = await heights(page, frame);
    expect(wide.content).toBeGreaterThan(200);

    await page.setViewportSize({ width: 360, height: 700 });
    await expect.poll(async () => (await heights(page, frame)).content).toBeGreaterThan(wide.content + 40);
    await expectFitted(page, frame);
  });

  test('titles the iframe of a placeholder with no text as the widget, in its language', async ({ page, host }) => {
    for (const [lang, title] of Object.entries({ en: 'Jakarta’s city diplomacy, a timeline', id: 'Lini masa diplomasi kota Jakarta' })) {
      await page.goto(`${host.origin}/bare/?${new URLSearchParams({ lang })}`);
      await expect(page.locator('iframe')).toHaveAttribute('title', title);
    }
  });

  test('language and dark theme take effect', async ({ page, host }) => {
    const frame = await embed(page, host, { lang: 'en', theme: 'dark' });
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame.locator('h1')).toHaveText('Jakarta’s city diplomacy, a timeline');
    await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)');
  });

  test('a light theme stays light for a reader who prefers dark', async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const frame = await embed(page, host, { lang: 'id', theme: 'light' });
    await expect(frame.locator('html')).toHaveAttribute('lang', 'id');
    await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
  });

  test('a partner filter shows only that partner’s entries', async ({ page, host }) => {
    // Full, so that each entry shows its partners.
    const frame = await embed(page, host, { lang: 'en', partner: 'c40', density: 'full' });
    expect(new URL(frame.url()).pathname).toBe(`${MAIN_SITE.base}embed/en/partner/c40/`);
    const entries = await frame.locator('article.entry').all();
    const withC40 = engagements.filter((e) => e.data.partners.includes('c40'));
    expect(entries.length).toBeGreaterThanOrEqual(withC40.length);
    for (const entry of entries) await expectPartnerOrganisation(entry, 'en', 'c40');
    for (const { data } of withC40) await expect(frame.getByRole('heading', { name: data.title.en, exact: true })).toBeVisible();
    // Its heading says whose timeline it is, as the site's partner page does.
    await expect(frame.locator('h1')).toHaveText('Jakarta’s city diplomacy with C40 Cities, a timeline');
  });

  test('lists the newest entry first, and a limit keeps the most recent entries', async ({ page, host }) => {
    const frame = await embed(page, host, { lang: 'en', limit: '2' });
    const all = await frame.locator('article.entry time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(all.length).toBeGreaterThan(2);
    expect(all).toEqual([...all].sort().reverse());
    const years = await frame.locator('section[data-year] h2').allTextContents();
    expect(years).toEqual([...years].sort().reverse());
    await expect(frame.locator('article.entry:visible')).toHaveCount(2);
    const shown = await frame.locator('article.entry:visible time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(shown).toEqual(all.slice(0, 2));
    await expectFitted(page, frame);
  });

  test('every link leaves the iframe, and a click navigates the top window', async ({ page, host }) => {
    const frame = await embed(page, host, { lang: 'en' });
    await expect(frame.locator('a')).not.toHaveCount(0);
    // Only the skip link stays, to move focus within the frame.
    await expect(frame.locator('a:not([target="_top"])')).toHaveCount(1);
    await expect(frame.locator('a:not([target="_top"])')).toHaveAttribute('href', '#widget-end');
    const first = frame.locator('article.entry h3 a').first();
    const href = new URL((await first.getAttribute('href'))!, frame.url()).href;
    await first.click();
    await expect(page).toHaveURL(href);
    expect(page.frames()).toHaveLength(1);
  });

  test('a skip link takes the keyboard past the entries, with no step added to the host’s history', async ({ page, host }) => {
    const frame = await embed(page, host, { lang: 'en', density: 'full' });
    const steps = await page.evaluate(() => history.length);
    const address = frame.url();
    await page.keyboard.press('Tab');
    const skip = frame.getByRole('link', { name: 'Skip past the entries', exact: true });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('link', { name: 'The full timeline at Jakarta City Diplomacy' })).toBeFocused();
    expect(frame.url()).toBe(address);
    expect(await page.evaluate(() => history.length)).toBe(steps);
  });

  test('ignores heights from any other window, even a widget on the same origin with the same id', async ({ page, host }) => {
    const frame = await embed(page, host, { lang: 'en' });
    await expectFitted(page, frame);
    const before = (await heights(page, frame)).iframe;
    const id = new URLSearchParams(new URL(frame.url()).hash.slice(1)).get('id')!;
    expect(id).toBeTruthy();
    // A listener added after the loader's sees each message after it: once this one has them all, so has the loader.
    await page.evaluate(
      ({ id, impostor }) =>
        new Promise<void>((resolve) => {
          const other = document.createElement('iframe');
          const seen = new Set<string>();
          window.addEventListener('message', (event) => {
            if (event.source === window) seen.add('self');
            if (event.source === other.contentWindow) seen.add('impostor');
            if (seen.size === 2) resolve();
          });
          window.postMessage({ type: 'jakarta-timeline:height', height: 5000, id }, '*');
          other.src = impostor;
          other.title = 'impostor';
          document.body.append(other);
        }),
      { id, impostor: `${MAIN_SITE.url}embed/en/?limit=1#id=${id}` },
    );
    expect((await heights(page, frame)).iframe).toBe(before);
  });

  test('sets no cookies and uses no storage', async ({ page, host, context }) => {
    await embed(page, host, { lang: 'en', theme: 'dark', limit: '3' });
    expect(await context.cookies()).toEqual([]);
    // Embedded, the browser may deny the frame storage altogether; opened directly it would allow it.
    await page.goto('embed/en/?theme=dark&limit=3&density=full');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe('the widget', () => {
  for (const lang of ['id', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`is accessible (${lang}, ${theme})`, async ({ page }) => {
        await page.goto(`embed/${lang}/?theme=${theme}&density=full`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectAccessible(page);
        await page.goto(`embed/${lang}/partner/c40/?theme=${theme}`);
        await expectAccessible(page);
      });
    }
  }

  test('a kind’s widget names the kind in its heading and its title, in each language', async ({ page }) => {
    await page.goto('embed/en/kind/summit/');
    await expect(page.locator('h1')).toHaveText('Jakarta’s city diplomacy, a timeline: Summits');
    await expect(page).toHaveTitle('Summits · Jakarta’s city diplomacy, a timeline');
    await page.goto('embed/id/kind/summit/');
    await expect(page.locator('h1')).toHaveText('Lini masa diplomasi kota Jakarta: KTT');
    await expect(page).toHaveTitle('KTT · Lini masa diplomasi kota Jakarta');
  });

  test('links its heading and its last link to the timeline it shows, and says which', async ({ page }) => {
    for (const [widget, timeline, more] of [
      ['embed/en/', 'en/', 'The full timeline at Jakarta City Diplomacy'],
      ['embed/id/partner/c40/', 'id/timeline/partner/c40/', 'Lini masa ini selengkapnya di Diplomasi Kota Jakarta'],
      ['embed/en/kind/summit/', 'en/timeline/kind/summit/', 'This timeline in full at Jakarta City Diplomacy'],
    ] as const) {
      await page.goto(widget);
      const href = new URL(timeline, MAIN_SITE.url).href;
      await expect(page.locator('h1 a'), widget).toHaveJSProperty('href', href);
      await expect(page.getByRole('link', { name: more, exact: true }), widget).toHaveJSProperty('href', href);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is complete', async ({ page }) => {
      await page.goto('embed/en/');
      for (const { data } of engagements) await expect(page.getByRole('heading', { name: data.title.en, exact: true })).toBeVisible();
    });
  });

  test('stays within its byte budgets', async ({ page, request }) => {
    // Every body is awaited before summing: a listener that reads it on its own may not have
    // finished when the page is idle, leaving a file out of the total.
    const bodies: Promise<[string, number]>[] = [];
    page.on('response', (response) => bodies.push(response.body().then((body) => [response.url(), gzipSync(body).length])));
    await page.goto('embed/en/?density=full', { waitUntil: 'networkidle' });
    const sizes = new Map(await Promise.all(bodies));
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(sizes.size).toBeGreaterThanOrEqual(2);
    expect(total, [...sizes].join('\n')).toBeLessThanOrEqual(15 * 1024);
    const loader = gzipSync(await (await request.get('embed.js')).body()).length;
    expect(loader).toBeLessThanOrEqual(3 * 1024);
  });
});

test.describe('the embed page', () => {
  for (const lang of ['id', 'en'] as const) {
    test(`generates both snippets and a preview from the options (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/embed/`);
      await expect(page.getByRole('navigation').getByRole('link', { name: lang === 'id' ? 'Sematkan' : 'Embed' })).toHaveAttribute('aria-current', 'page');
      const loader = page.locator('[data-embed-code="loader"]');
      const iframe = page.locator('[data-embed-code="iframe"]');
      await expect(loader).toHaveValue(new RegExp(`data-lang="${lang}"`));
      await page.locator('#embed-lang').selectOption('en');
      await page.locator('#embed-theme').selectOption('dark');
      await page.locator('#embed-filter').selectOption('partner:c40');
      // The field allows what a widget shows at most, and says so.
      await expect(page.locator('#embed-limit')).toHaveAttribute('max', String(MAX_LIMIT));
      await expect(page.locator('#embed-limit-hint')).toContainText(String(MAX_LIMIT));
      await page.locator('#embed-limit').fill('4');
      await page.locator('#embed-density').selectOption('full');
      const site = new URL(MAIN_SITE.url).href;
      await expect(loader).toHaveValue(
        `<div data-jakarta-timeline data-lang="en" data-theme="dark" data-partner="c40" data-limit="4" data-density="full"><a href="${site}en/timeline/partner/c40/">C40 Cities · Jakarta’s city diplomacy, a timeline</a></div>\n<script async src="${site}embed.js"></script>`,
      );
      // Named for what it shows, in the widget's language, as the widget's own page is.
      await expect(iframe).toHaveValue(/ title="C40 Cities · Jakarta’s city diplomacy, a timeline" /);
      await expect(page.locator('[data-embed-preview]')).toHaveAttribute('title', 'C40 Cities · Jakarta’s city diplomacy, a timeline');
      await expect(iframe).toHaveValue(new RegExp(`src="${site}embed/en/partner/c40/\\?theme=dark&amp;density=full&amp;limit=4"`));
      await expect(page.locator('[data-embed-preview]')).toHaveAttribute('src', `${site}embed/en/partner/c40/?theme=dark&density=full&limit=4#id=preview`);
      // The preview shows what the options ask for, not the page it opened with.
      const preview = page.frameLocator('[data-embed-preview]');
      await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(preview.locator('html')).toHaveAttribute('data-density', 'full');
      const entries = preview.locator('article.entry:visible');
      await expect(entries).not.toHaveCount(0);
      expect(await entries.count()).toBeLessThanOrEqual(4);
      for (const entry of await entries.all()) await expectPartnerOrganisation(entry, 'en', 'c40');
      await expectAccessible(page);
    });
  }

  test(`starts from a frame of the latest ${SUGGESTED_LIMIT} entries, which the loader would otherwise make a hundred tall`, async ({ page }) => {
    await page.goto('en/embed/');
    await expect(page.locator('#embed-limit')).toHaveValue(String(SUGGESTED_LIMIT));
    await expect(page.locator('[data-embed-code="loader"]')).toHaveValue(new RegExp(` data-limit="${SUGGESTED_LIMIT}"`));
    await expect(page.locator('[data-embed-preview]')).toHaveAttribute('src', new RegExp(`\\?limit=${SUGGESTED_LIMIT}#`));
    // Taking the limit off is one clear of the field, and the code follows.
    await page.locator('#embed-limit').fill('');
    await expect(page.locator('[data-embed-code="loader"]')).not.toHaveValue(/data-limit/);
  });

  test('the limit field says the limit the code uses, and why when it is not what was typed', async ({ page }) => {
    await page.goto('en/embed/');
    const field = page.locator('#embed-limit');
    const status = page.locator('#embed-limit-status');
    const loader = page.locator('[data-embed-code="loader"]');
    await field.fill('101');
    await field.press('Tab');
    await expect(field).toHaveValue(String(MAX_LIMIT));
    await expect(loader).toHaveValue(new RegExp(` data-limit="${MAX_LIMIT}"`));
    await expect(status).toHaveText(`A widget shows at most ${MAX_LIMIT} entries, so the limit is now ${MAX_LIMIT}.`);
    await field.fill('0');
    await field.press('Tab');
    await expect(field).toHaveValue('');
    await expect(loader).not.toHaveValue(/data-limit/);
    await expect(status).toHaveText(`The limit is a whole number from 1 to ${MAX_LIMIT}, so it is now empty: the widget shows the latest ${MAX_LIMIT}.`);
    await field.fill('3');
    await field.press('Tab');
    await expect(field).toHaveValue('3');
    await expect(loader).toHaveValue(/ data-limit="3"/);
    await expect(status).toHaveText('');
    // The field's description carries the note, for a screen reader that comes back to it.
    await expect(field).toHaveAttribute('aria-describedby', /\bembed-limit-status\b/);
  });

  for (const [lang, names] of [['en', ['Copy the loader code', 'Copy the iframe code']], ['id', ['Salin kode pemuat', 'Salin kode iframe']]] as const) {
    test(`each copy button is named for the code it copies (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/embed/`);
      for (const [name, code] of [[names[0], 'embed-loader-code'], [names[1], 'embed-iframe-code']] as const) {
        await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('data-copy', code);
      }
    });
  }

  for (const [lang, hint] of [
    ['en', 'Automatic follows the reader’s system setting; choose Light or Dark if your site has only one.'],
    ['id', 'Otomatis mengikuti pengaturan sistem pembaca; pilih Terang atau Gelap jika situs Anda hanya punya satu tema.'],
  ] as const) {
    test(`says by the theme field that Automatic follows the reader, not the host page (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/embed/`);
      await expect(page.locator('#embed-theme')).toHaveAccessibleDescription(hint);
    });
  }

  test('lists the loader code’s attributes, their values and defaults, and the partners’ ids', async ({ page }) => {
    await page.goto('en/embed/');
    const list = page.getByRole('region', { name: 'The loader code’s attributes' });
    await expect(list.locator('dt')).toHaveText(optionKeys.map((key) => `data-${key}`));
    const described = (key: string) => list.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^data-${key}$`) }) });
    await expect(described('lang')).toContainText(`Default: ${defaultOptions.lang}`);
    await expect(described('theme')).toContainText('auto Automatic (reader’s setting)');
    await expect(described('density')).toContainText(`Default: ${defaultOptions.density}`);
    await expect(described('limit')).toContainText(`A whole number from 1 to ${MAX_LIMIT}`);
    await expect(described('kind')).toContainText('summit Summit');
    await list.getByText(/^Partner ids \(\d+\)$/).click();
    await expect(list.getByRole('listitem').filter({ hasText: /^c40 C40 Cities$/ })).toBeVisible();
    await expectAccessible(page);
  });

  test('shows the whole of each snippet on a phone, without the browser sizing it to its content too', async ({ page }) => {
    const codes = page.locator('[data-embed-code]');
    const cut = () => codes.evaluateAll((fields: HTMLTextAreaElement[]) => fields.filter((f) => f.scrollHeight > f.clientHeight).map((f) => f.id));
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('id/embed/');
    await expect(codes).toHaveCount(2);
    expect(await cut()).toEqual([]);
    // The longest snippets the options make.
    await page.locator('#embed-theme').selectOption('dark');
    await page.locator('#embed-filter').selectOption('partner:c40');
    await page.locator('#embed-limit').fill('40');
    await page.locator('#embed-density').selectOption('full');
    await expect(codes.first()).toHaveValue(/data-density="full"/);
    expect(await cut()).toEqual([]);
    // Where field-sizing is not supported, the rows the page sets must hold its default snippets.
    await page.reload();
    const sizing = await codes.evaluateAll((fields: HTMLTextAreaElement[]) =>
      fields.map((f) => {
        f.style.setProperty('field-sizing', 'fixed');
        return getComputedStyle(f).getPropertyValue('field-sizing');
      }),
    );
    expect(sizing).toEqual(['fixed', 'fixed']);
    expect(await cut()).toEqual([]);
  });

  test('says “Copied” only when the code reached the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
    await page.goto('en/embed/');
    const status = page.locator('[data-copy-status]');
    const copy = page.locator('[data-copy="embed-iframe-code"]');
    await copy.click();
    await expect(status).toHaveText('Copied');
    await expect(copy, 'a keyboard reader stays where they were').toBeFocused();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#embed-iframe-code').inputValue());
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await copy.click();
    await expect(status).toHaveText('');
    // The code is focused and selected, for the reader to copy by hand.
    await expect(page.locator('#embed-iframe-code')).toBeFocused();
    expect(await page.locator('#embed-iframe-code').evaluate((f: HTMLTextAreaElement) => f.selectionEnd - f.selectionStart === f.value.length)).toBe(true);
  });

  test('sizes the preview to the widget as the loader does, and scrolls it past 32rem', async ({ page }) => {
    await page.goto('en/embed/');
    const frame = page.locator('[data-embed-preview]');
    const widget = page.frameLocator('[data-embed-preview]').locator('html');
    const frameHeight = async () => (await frame.boundingBox())?.height ?? 0;
    const border = await frame.evaluate((e: HTMLIFrameElement) => e.offsetHeight - e.clientHeight);
    for (const limit of ['1', '2']) {
      await page.locator('#embed-limit').fill(limit);
      await expect(widget.locator('article.entry:visible')).toHaveCount(Number(limit));
      const content = await widget.evaluate((e) => e.getBoundingClientRect().height);
      await expect.poll(frameHeight, `${limit} entries`).toBeCloseTo(Math.ceil(content) + border, 0);
      expect(await frameHeight()).toBeLessThan(512);
    }
    await page.locator('#embed-limit').fill('');
    await page.locator('#embed-density').selectOption('full');
    // Two changes in a row: a lazy frame sometimes let the second go and kept the first's page.
    const src = new URL((await frame.getAttribute('src'))!, page.url()).href;
    await expect.poll(() => frame.evaluate((f: HTMLIFrameElement) => f.contentWindow?.location.href), 'the preview shows the page it names').toBe(src);
    await expect(widget).toHaveAttribute('data-density', 'full');
    await expect.poll(frameHeight).toBe(512);
    expect(await widget.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows working default snippets', async ({ page }) => {
      await page.goto('en/embed/');
      await expect(page.locator('[data-embed-code="loader"]')).toHaveValue(
        new RegExp(`^<div data-jakarta-timeline data-lang="en" data-limit="${SUGGESTED_LIMIT}"><a href="[^"]+/en/">[^<]+</a></div>\\n<script async src="[^"]+/embed\\.js"></script>$`),
      );
      await expect(page.locator('[data-embed-code="iframe"]')).toHaveValue(new RegExp(`<iframe src="[^"]+/embed/en/\\?limit=${SUGGESTED_LIMIT}" title="[^"]+"`));
      await expect(page.locator('[data-copy]:visible')).toHaveCount(0);
      await expect(page.frameLocator('[data-embed-preview]').locator('article.entry').first()).toBeVisible();
    });
  });
});
