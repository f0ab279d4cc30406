import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findBrowser } from '../browser.ts';
import { createStaticServer } from '../serve.ts';
import { measure } from './measure.ts';

export interface PageScores {
  page: string;
  scores: Record<string, number | null>;
  /** Audits that cost points, for the categories below 100. */
  failing: string[];
}

/** The page types to score: the timeline, an article, the network and the widget. */
function pagesOf(dist: string): string[] {
  const article = readdirSync(join(dist, 'id', 'articles')).sort()[0];
  const pages = ['/id/', `/id/articles/${article}/`, '/id/network/', '/embed/id/'];
  const missing = pages.filter((path) => !existsSync(join(dist, path, 'index.html')));
  if (missing.length > 0) throw new Error(`lighthouse: ${missing.join(', ')} not built in ${dist}`);
  return pages;
}

/**
 * Builds the repo's own sources into a temporary folder as `npm run build` does, less the archive
 * PDFs no scored page loads, serves it and runs Lighthouse (its default, mobile emulation) on each
 * page type with the Chromium the tests use.
 */
export async function scoreSeedSite(repo: string): Promise<PageScores[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'jcd-lighthouse-'));
  const dist = join(tmp, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ARTICLES_DIR: join(tmp, 'articles'), ASTRO_CACHE_DIR: join(tmp, 'cache'), OUT_DIR: dist };
  const server = createStaticServer(dist, '/');
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await measure(process.execPath, ['scripts/ingest.ts'], { cwd: repo, env });
    await measure(process.execPath, [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: repo, env });
    await measure(process.execPath, ['scripts/search-index.ts'], { cwd: repo, env });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    chrome = await chromeLauncher.launch({ chromePath: findBrowser(), chromeFlags: ['--headless=new', ...chromiumArgs()] });
    const results: PageScores[] = [];
    for (const page of pagesOf(dist)) {
      const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`);
      const categories = Object.values(lhr.categories);
      results.push({
        page,
        scores: Object.fromEntries(categories.map((c) => [c.id, c.score === null ? null : Math.round(c.score * 100)])),
        // A category that rounds to 100 can still hold an audit short of full marks: it is not named.
        failing: categories
          .filter((c) => c.score !== null && Math.round(c.score * 100) < 100)
          .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}: ${ref.id}`)),
      });
    }
    return results;
  } finally {
    chrome?.kill();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
