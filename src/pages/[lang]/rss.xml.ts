import rss from '@astrojs/rss';
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { languages, useTranslations, type Lang } from '../../i18n/index.ts';
import { articleText, openingParagraph } from '../../lib/article-text.ts';
import { configuredSite } from '../../lib/build-env.ts';
import { listingWithArticlesKey } from '../../lib/cache-keys.ts';
import { byCodeUnits } from '../../lib/code-unit-order.ts';
import { loadSiteData } from '../../lib/data.ts';
import { escapeMarkup } from '../../lib/escape-markup.ts';
import { articleTitle } from '../../lib/timeline.ts';
import { linksFor } from '../../lib/urls.ts';

/** A feed is for what is new: readers poll it, so it stays this short whatever the corpus. */
const FEED_ITEMS = 50;

interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML, as readers take an RSS description: text escaped for it, which the feed's XML escapes again. */
  description?: string;
  /** The article whose opening paragraph is the description: the cache key must cover its text. */
  article?: string;
}

/**
 * Engagements with their summaries and articles with their opening paragraph, in the feed's
 * language where there is a translation, newest first; links carry `base`, which RSS readers cannot guess.
 */
async function feedItems(lang: Lang): Promise<FeedItem[]> {
  const links = linksFor(lang);
  const site = await loadSiteData();
  const inEngagements = site.articleInputs.filter((a) => a.data.engagement && site.engagements.some((e) => e.id === a.data.engagement));
  // An article's entry is published at its article's time, as the articles of engagements are.
  const articleDates = new Map(site.articleInputs.map((a) => [a.id, a.data.date]));
  const newest: FeedItem[] = [
    ...site.timeline[lang].map((e) => ({
      title: e.title.text,
      link: links.entry(e.type, e.id),
      pubDate: new Date((e.type === 'article' && articleDates.get(e.id)) || `${e.start}T00:00:00Z`),
      ...(e.summary ? { description: escapeMarkup(e.summary) } : { article: e.id }),
    })),
    ...inEngagements.map((a) => ({
      title: articleTitle(a, lang).text,
      link: links.article(a.id),
      pubDate: new Date(a.data.date),
      article: a.id,
    })),
  ]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || byCodeUnits(a.link, b.link))
    .slice(0, FEED_ITEMS);
  // Only the articles that made the feed are read.
  const articles = new Map(site.articles.map((a) => [a.id, a]));
  return newest.map((item) => {
    const article = item.article === undefined ? undefined : articles.get(item.article);
    const opening = article && openingParagraph(articleText(article, site.translations, lang));
    return opening ? { ...item, description: escapeMarkup(opening) } : item;
  });
}

export function getStaticPaths() {
  return Promise.all(
    languages.map(async (lang) => {
      const items = await feedItems(lang);
      return { params: { lang }, props: { lang, items }, cacheKey: await listingWithArticlesKey(lang, items.flatMap((i) => (i.article ? [i.article] : []))) };
    }),
  );
}

export function GET(context: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const { lang, items } = context.props;
  const t = useTranslations(lang);
  const self = new URL(linksFor(lang).rss(), configuredSite(context.site)).href;
  // The newest item's date, not the clock's: two builds of the same content give the same feed.
  const lastBuild = items[0]?.pubDate.toUTCString();
  return rss({
    title: t('site.title'),
    description: t('site.description'),
    // The channel's link: this language's home. Items link absolute paths, resolved against its origin.
    site: new URL(linksFor(lang).home(), configuredSite(context.site)).href,
    items: items.map(({ article: _key, ...item }) => item),
    // The feed's own address, which feed validators ask for, so a reader can find it again.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>${lastBuild ? `<lastBuildDate>${lastBuild}</lastBuildDate>` : ''}`,
    trailingSlash: true,
  });
}
