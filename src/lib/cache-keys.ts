import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n/index.ts';
import { generatedAt } from './archive.ts';
import { translationKey } from './article-text.ts';
import { loadSiteData, type SiteData } from './data.ts';
import { getOrCreate } from './get-or-create.ts';
import { relatedOnSite } from './related-on-site.ts';
import { articlePlace } from './timeline-place.ts';

/*
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code are
 * both unchanged is kept from the previous build instead of rendered again, so a key covers every
 * piece of data its page shows. tests/site/incremental.test.ts holds a rebuild to a fresh build.
 */

const digest = (...values: unknown[]): string => createHash('sha256').update(JSON.stringify(values)).digest('base64url');

let siteData: Promise<string> | undefined;

/**
 * Everything the site shows except article text: engagements, entities, and each article's fields
 * and titles. An article's `hash` only fingerprints its text and is left out, so a corrected
 * paragraph re-renders that article's pages and archive volumes, not every listing.
 */
function siteDataKey(): Promise<string> {
  siteData ??= loadSiteData().then(({ engagements, entities, articleInputs }) =>
    digest(engagements, entities.all, articleInputs.map(({ data: { hash: _text, ...fields }, ...article }) => ({ ...article, fields }))),
  );
  return siteData;
}

/** A page in `lang` that shows the site's data but no article text. */
const siteKey = (lang: Lang): Promise<string> => siteDataKey().then((data) => digest(lang, data));

/** The network's data files: the whole graph, built from the site's data without article text. */
export const graphKey = (file: string): Promise<string> => siteDataKey().then((data) => digest(file, data));

/** An article with its text, its translations, its engagement and the entities it names. */
function articleData(site: SiteData, article: CollectionEntry<'articles'>) {
  const { engagement, cities, organisations } = article.data;
  return {
    id: article.id,
    data: article.data,
    html: article.rendered?.html,
    translations: languages.map((l) => {
      const translation = site.translations.get(translationKey(l, article.id));
      return translation && { data: translation.data, body: translation.body };
    }),
    engagement: site.engagements.find((e) => e.id === engagement) ?? null,
    // Its related headlines link the site's copies: another article, or the engagement citing one.
    related: relatedOnSite(article, site.articleInputs, site.engagements),
    entities: [...cities, ...organisations].map((id) => site.entities.get(id) ?? null),
  };
}

const articleDigests = new WeakMap<SiteData, Map<string, string>>();

/** The digest of `articleData`, worked out once for the article's page in each language and its archive volume. */
function articleDigest(site: SiteData, article: CollectionEntry<'articles'>): string {
  const digests = getOrCreate(articleDigests, site, () => new Map<string, string>());
  return getOrCreate(digests, article.id, () => digest(articleData(site, article)));
}

/**
 * An article's page: the article, its translations, its engagement and the entities it names, and
 * the timeline page that lists it, which moves as entries are added to its year.
 */
export async function articleKey(lang: Lang, article: CollectionEntry<'articles'>): Promise<string> {
  const site = await loadSiteData();
  return digest(lang, articleDigest(site, article), articlePlace(site, lang, article) ?? null);
}

/** A page of the site's listings that also shows text of the articles `ids` (and whatever `more` says). */
export async function listingWithArticlesKey(lang: Lang, ids: readonly string[], ...more: unknown[]): Promise<string> {
  const site = await loadSiteData();
  const byId = new Map(site.articles.map((a) => [a.id, a]));
  const articles = ids.map((id) => {
    const article = byId.get(id);
    return article ? articleDigest(site, article) : id;
  });
  return digest(await siteKey(lang), articles, ...more);
}

/** An archive volume: the site's listings, the articles it prints in full, and its cover's generation date. */
export const archiveVolumeKey = (lang: Lang, ids: readonly string[]): Promise<string> =>
  listingWithArticlesKey(lang, ids, generatedAt(process.env).toISOString().slice(0, 10));

/** Static paths of pages that show no article text, each keyed by the site's data in its language. */
export function keyedBySite<P extends { params: { lang: Lang } }>(paths: readonly P[]): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await siteKey(path.params.lang) })));
}
