import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { archivePdfName, generatedAt } from '../src/lib/archive.ts';
import { finishPdf } from './archive/pdf-metadata.ts';
import { chromiumArgs, findBrowser } from './browser.ts';
import { createStaticServer } from './serve.ts';

/**
 * `npm run archive:pdf`: prints each language's /archive/ page of the built site to
 * `archive-<lang>.pdf` at the site's root, as the archive pages link it, and each volume of a
 * large archive (/<lang>/archive/<year>/…, listed on the cover) to the file the cover links it to,
 * `archive-<lang>-<year>[-<part>].pdf`.
 * The page's print CSS does the layout (A4, page numbers); Chromium adds the outline (bookmarks) and tags.
 */
const usage = 'Usage: npm run archive:pdf [-- --site dist] [--base /]';
let values;
try {
  ({ values } = parseArgs({ options: { site: { type: 'string' }, base: { type: 'string' } } }));
} catch (error) {
  console.error(`archive:pdf: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const siteDir = values.site ?? process.env['OUT_DIR'] ?? 'dist';
const base = values.base ?? process.env['BASE_PATH'] ?? '/';
const languages = [
  { lang: 'id', tag: 'id-ID', keywords: ['Jakarta', 'diplomasi kota', 'kerja sama internasional', 'arsip'] },
  { lang: 'en', tag: 'en-GB', keywords: ['Jakarta', 'city diplomacy', 'international cooperation', 'archive'] },
] as const;

const server = createStaticServer(siteDir, base);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs() });
try {
  const page = await browser.newPage();
  const print = async (pathname: string, file: string, { tag, keywords }: (typeof languages)[number]): Promise<void> => {
    const url = `${origin}${pathname}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: build the site first (npm run build)`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    const bytes = await finishPdf(pdf, {
      title: await page.title(),
      language: tag,
      author: 'Jakarta City Diplomacy',
      subject: description,
      keywords: [...keywords],
      date: generatedAt(process.env),
      headings: await page.locator('h1, h2, h3, h4').allTextContents(),
      links: { from: origin, to: new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin },
    });
    writeFileSync(join(siteDir, file), bytes);
    console.log(`archive:pdf: ${join(siteDir, file)} (${Math.round(bytes.length / 1024)} KB)`);
  };
  for (const language of languages) {
    await print(`${`/${base}/`.replace(/\/+/g, '/')}${language.lang}/archive/`, archivePdfName(language.lang), language);
    // Each volume's page and PDF, as the cover links them.
    const volumes = await page.locator('[data-archive-volume]').evaluateAll((items) =>
      items.map((item) => [item.querySelector<HTMLAnchorElement>('a')!.pathname, item.querySelector<HTMLAnchorElement>('a[type="application/pdf"]')!.pathname] as const),
    );
    for (const [pathname, pdf] of volumes) await print(pathname, basename(pdf), language);
  }
} finally {
  await browser.close();
  server.close();
}
