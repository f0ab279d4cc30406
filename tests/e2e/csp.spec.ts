import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { articles, engagements } from './content.ts';
import { expect, test } from './fixtures.ts';

/**
 * The Content-Security-Policy Astro writes into every page: it must forbid inline script it does
 * not hash, eval and other origins, and nothing on the site may trip over it.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
    __x?: number;
    __evalResult?: string;
  }
}

/** Runs in every document before its own scripts: records each violation the browser reports. */
const recordViolations = (): void => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || document.URL}:${e.lineNumber}`);
  });
};

const violations = async (frames: Frame[]): Promise<string[]> =>
  (await Promise.all(frames.map((f) => f.evaluate(() => window.__cspViolations ?? ['(recorder missing)'])))).flat();

/** The page's policy as directive name → sources. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const metas = page.locator('meta[http-equiv="content-security-policy"]');
  await expect(metas).toHaveCount(1);
  const content = (await metas.getAttribute('content')) ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectStrict(csp: Map<string, string[]>): void {
  const scriptSrc = csp.get('script-src') ?? [];
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  // No other origin anywhere: only keywords, hashes and data: images.
  for (const [name, sources] of csp) {
    for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/]+=*'|data:)$/);
  }
}

const article = articles()[0]!;
const engagement = engagements[0]!;

/** The console's CSP reports (the shared guard fails on any console error too; this names them). */
let consoleReports: string[] = [];

test.beforeEach(async ({ page }) => {
  consoleReports = [];
  await page.addInitScript(recordViolations);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(`${page.url()}: ${message.text()}`);
  });
});

test.afterEach(() => {
  expect(consoleReports, 'CSP reports in the console').toEqual([]);
});

for (const lang of ['id', 'en'] as const) {
  test.describe(`${lang}: every page type loads and runs its scripts under the policy`, () => {
    const plain: [string, string][] = [
      ['timeline', `${lang}/`],
      ['timeline by partner', `${lang}/timeline/partner/c40/`],
      ['article', `${lang}/articles/${article.id}/`],
      ['engagement', `${lang}/engagements/${engagement.id}/`],
      ['city', `${lang}/cities/casablanca/`],
      ['organisation', `${lang}/organisations/c40/`],
      ['about', `${lang}/about/`],
      ['archive', `${lang}/archive/`],
      ['widget', `embed/${lang}/?theme=dark&limit=2`],
    ];
    for (const [name, path] of plain) {
      test(name, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('load');
        expectStrict(await policy(page));
        expect(await violations(page.frames())).toEqual([]);
      });
    }

    test('search, with results from Pagefind', async ({ page }) => {
      await page.goto(`${lang}/search/?q=Casablanca`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      expectStrict(await policy(page));
      expect(await violations(page.frames())).toEqual([]);
    });

    // Pagefind runs its WebAssembly engine in a worker, whose policy is its own response's; where
    // no worker can start it compiles the engine in the page, which 'wasm-unsafe-eval' permits.
    test('search, with Pagefind on the main thread', async ({ page }) => {
      await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      await page.goto(`${lang}/search/?q=Casablanca`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      expect(await violations(page.frames())).toEqual([]);
    });

    test('network, with a node focused and a filter set', async ({ page }) => {
      await page.goto(`${lang}/network/`);
      expectStrict(await policy(page));
      await page.locator('svg[data-graph] .node[data-id="c40"]').focus();
      await page.getByLabel(lang === 'id' ? 'Tahun' : 'Year', { exact: true }).selectOption('2018');
      await expect(page.locator('svg[data-graph] .node.is-hidden').first()).toBeAttached();
      expect(await violations(page.frames())).toEqual([]);
    });

    test('embed page, with its widget preview', async ({ page }) => {
      await page.goto(`${lang}/embed/`);
      expectStrict(await policy(page));
      const preview = page.frameLocator('[data-embed-preview]');
      await expect(preview.locator('body')).not.toBeEmpty();
      await page.locator('#embed-theme').selectOption('dark');
      await expect(page.locator('[data-embed-code="iframe"]')).toHaveValue(/theme=dark/);
      await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await violations(page.frames())).toEqual([]);
    });
  });
}

test('printed links still name the published origin, which no style attribute carries', async ({ page }) => {
  await page.goto('en/articles/2018-10-30-anies-jadi-panelis-social-integration-and-inclusion-di-u20/');
  await expect(page.locator('[style]')).toHaveCount(0);
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
  await page.emulateMedia({ media: 'print' });
  // The site's own addresses print in running text only (global.css): the article's ways on.
  const link = page.locator('main p a[href^="/"]:not(.bare)').first();
  const href = await link.getAttribute('href');
  await expect.poll(() => link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" <${origin}${href}>"`);
});

test('the root page redirects by its hashed inline script', async ({ page, baseURL }) => {
  await page.goto('');
  await expect(page).toHaveURL(/\/(id|en)\/$/);
  expect(page.url().startsWith(baseURL!)).toBe(true);
  // The policy of the page we left, as served.
  const root = await (await page.request.get(baseURL!)).text();
  expect(root).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(await violations(page.frames())).toEqual([]);
});

test.describe('the widget stays frameable by other sites', () => {
  /** A host page on another origin (127.0.0.1, the site being on localhost) that frames the widget. */
  let host: { origin: string; close(): Promise<void> };
  test.beforeAll(async ({ baseURL }) => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>host</title><link rel="icon" href="data:,"><iframe src="${baseURL}embed/en/" title="widget"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
  });
  test.afterAll(() => host.close());
  test.use({ allowedOrigins: async ({}, use) => use([host.origin]) });

  test('its pages carry nothing that forbids framing, and a page on another origin frames it', async ({ page }) => {
    await page.goto('embed/en/');
    await expect(page.locator('meta[http-equiv="x-frame-options" i]')).toHaveCount(0);
    expect((await policy(page)).has('frame-ancestors')).toBe(false);

    await page.goto(`${host.origin}/`);
    await expect(page.frameLocator('iframe').locator('a').first()).toBeVisible();
    expect(await violations(page.frames())).toEqual([]);
  });
});

test.describe('what the policy forbids', () => {
  // The browser logs each blocked attempt as a console error, which the shared guard would count as
  // a failure; here they are the point, so this page lives in a context of its own.
  test('an injected inline script does not run, eval throws, and both are reported', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL! });
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    // Code Playwright evaluates is exempt from the policy, so eval is tried by a script of the site's
    // own origin, which the policy allows to run.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: "try { window.__evalResult = String(eval('1')); } catch (e) { window.__evalResult = e.name; }" }),
    );
    await page.goto('en/');
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__x = 1';
      document.head.append(script);
      return window.__x ?? null;
    });
    expect(injected).toBeNull();
    await page.evaluate(() => {
      const probe = document.createElement('script');
      probe.src = new URL('csp-probe.js', document.baseURI).href;
      document.head.append(probe);
    });
    await expect.poll(() => page.evaluate(() => window.__evalResult)).toBe('EvalError');
    await expect.poll(() => violations([page.mainFrame()])).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^script-src blocked eval/),
    ]);
    await context.close();
  });
});
