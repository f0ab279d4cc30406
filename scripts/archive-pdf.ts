import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { languages, localeTag, useTranslations, type Lang } from '../src/i18n/index.ts';
import { archivePdfName } from '../src/lib/archive.ts';
import { normaliseBase } from '../src/lib/base-path.ts';
import { basePath, cacheDir, outDir, siteUrl, sourceDate } from '../src/lib/build-env.ts';
import { moduleTreeDigest } from '../src/lib/module-tree.ts';
import { PdfCache, pdfKey } from './archive/pdf-cache.ts';
import { finishPdf } from './archive/pdf-metadata.ts';
import { chromiumArgs, findBrowser } from './browser.ts';
import { commandLine } from './command-line.ts';
import { pageFiles, siteFile } from './page-files.ts';
import { createStaticServer } from './serve.ts';

/** A page of the built site to print, and the PDF it becomes. */
interface PrintJob {
  pathname: string;
  file: string;
  lang: Lang;
}

/**
 * How many archive pages print at once. One tab left a core of two idle: Chromium lays out a page
 * while this process post-processes the last PDF (pdf-lib), and each waits on the other. At most
 * four, as each tab holds a whole volume's layout in memory.
 */
const PRINT_TABS = Math.min(availableParallelism(), 4);

/**
 * `npm run archive:pdf`: prints each language's /archive/ page of the built site to
 * `archive-<lang>.pdf` at the site's root, as the archive pages link it, and each volume of a
 * large archive (/<lang>/archive/<year>/…, listed on the cover) to the file the cover links it to,
 * `archive-<lang>-<year>[-<part>].pdf`.
 * The page's print CSS does the layout (A4, page numbers); Chromium adds the outline (bookmarks) and tags.
 * A PDF whose page, the files it loads, the printing code, the browser and the date are all as they
 * were for the last build's print is copied from the cache instead: a 5,000-article archive is 110
 * PDFs and some hundred seconds of printing, and one changed source touches one volume.
 */
const { values } = commandLine({
  name: 'archive:pdf',
  usage: 'Usage: npm run archive:pdf [-- [--site dist] [--base /]]',
  options: { site: { type: 'string' }, base: { type: 'string' } },
});
const siteDir = values.site ?? outDir();
const base = normaliseBase(values.base ?? basePath());

const server = createStaticServer(siteDir, base);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs() });
const cache = new PdfCache(join(cacheDir(), 'archive-pdf'));
const published = new URL(siteUrl()).origin;
const fixedDate = sourceDate(process.env);
const date = fixedDate ?? new Date();
const printer = [
  // This script's module tree (the server, the browser's flags, the metadata, the key itself) and the locked packages.
  moduleTreeDigest([import.meta.filename]),
  browser.version(),
  published,
  // Without SOURCE_DATE_EPOCH the date is the build's: a PDF printed earlier the same day is kept.
  fixedDate ? date.toISOString() : date.toISOString().slice(0, 10),
];

/** What printing the page at `pathname` depends on: its HTML and every file it loads. */
const keyOf = (pathname: string): string =>
  pdfKey([...printer, ...pageFiles(pathname, (path) => siteFile(siteDir, base, path)).map(({ path, bytes }) => bytes ?? path)]);

try {
  const print = async (page: Page, { pathname, file, lang }: PrintJob): Promise<void> => {
    const key = keyOf(pathname);
    if (cache.restore(key, join(siteDir, file))) {
      console.log(`archive:pdf: ${join(siteDir, file)} (unchanged, kept from the last build)`);
      return;
    }
    const t = useTranslations(lang);
    const url = `${origin}${pathname}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: build the site first (npm run build)`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    const bytes = await finishPdf(pdf, {
      title: await page.title(),
      language: localeTag[lang],
      author: t('site.title'),
      subject: description,
      keywords: t('archive.keywords').split(', '),
      date,
      headings: await page.locator('h1, h2, h3, h4').allTextContents(),
      links: { from: origin, to: published },
    });
    writeFileSync(join(siteDir, file), bytes);
    cache.store(key, bytes);
    console.log(`archive:pdf: ${join(siteDir, file)} (${Math.round(bytes.length / 1024)} KB)`);
  };
  const jobs: PrintJob[] = [];
  const first = await browser.newPage();
  for (const lang of languages) {
    const cover = `${base}${lang}/archive/`;
    jobs.push({ pathname: cover, file: archivePdfName(lang), lang });
    // Each volume's page and PDF, as the cover links them.
    await first.goto(`${origin}${cover}`, { waitUntil: 'load' });
    const volumes = await first.locator('[data-archive-volume]').evaluateAll((items) =>
      items.map((item) => [item.querySelector<HTMLAnchorElement>('a')!.pathname, item.querySelector<HTMLAnchorElement>('a[type="application/pdf"]')!.pathname] as const),
    );
    for (const [pathname, pdf] of volumes) jobs.push({ pathname, file: basename(pdf), lang });
  }
  // Each tab takes the next job: Chromium lays out one archive while this process finishes another's PDF.
  const pages = [first, ...(await Promise.all(Array.from({ length: Math.min(PRINT_TABS, jobs.length) - 1 }, () => browser.newPage())))];
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      for (let job = jobs[next++]; job; job = jobs[next++]) await print(page, job);
    }),
  );
  cache.prune();
} finally {
  await browser.close();
  server.close();
}
