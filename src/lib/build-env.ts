import { normaliseBase } from './base-path.ts';

/**
 * What the environment says about a build, read the same way by Astro's config and by the steps
 * around it (the ingest, the search index, the archive PDFs, the dev and preview servers), so that
 * none of them assumes another default.
 */
type Env = Readonly<Record<string, string | undefined>>;

/** The address the site is published at: GitHub Pages' origin in the deploy workflow. */
export const siteUrl = (env: Env = process.env): string => env['SITE_URL'] ?? 'http://localhost:4321';

/** The path the site is served under: GitHub Pages serves a project site under /<repository>/. */
export const basePath = (env: Env = process.env): string => normaliseBase(env['BASE_PATH'] ?? '/');

/** The folder the site is built into: the tests build a second site from another corpus beside the main one. */
export const outDir = (env: Env = process.env): string => env['OUT_DIR'] ?? 'dist';

/**
 * The date `SOURCE_DATE_EPOCH` fixes (seconds, the reproducible-builds convention), so a rebuild of
 * the same sources can give the same files; undefined when it is unset. As that convention asks, a
 * malformed value stops the build rather than fall back to today unnoticed.
 */
export function sourceDate(env: Env = process.env): Date | undefined {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH is "${epoch}", not a whole number of seconds since 1970: set it to one (the last commit's is \`git log -1 --format=%ct\`) or unset it to date the archive today`);
  }
  return new Date(Number(epoch) * 1000);
}

/** The raw articles the ingest reads; another folder of them builds the site from another corpus. */
export const sourcesDir = (env: Env = process.env): string => env['SOURCES_DIR'] ?? 'content/sources';

/** The folder the ingest writes its MDX articles to, and the site is built from. */
export const articlesDir = (env: Env = process.env): string => env['ARTICLES_DIR'] ?? 'content/articles';

/**
 * Astro's `site` as pages and endpoints receive it. astro.config.mjs always sets it from siteUrl(),
 * so absolute addresses need no default of their own, which could only disagree with that one.
 */
export function configuredSite(site: URL | undefined): URL {
  if (!site) throw new Error('Astro has no `site`: astro.config.mjs must set it (from siteUrl()) for pages to write absolute addresses');
  return site;
}

/** Astro's cache folder, which also holds the ingest's and the archive PDFs' caches; tests give each build its own. */
export const cacheDir = (env: Env = process.env): string => env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';
