import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { languages, useTranslations, type Lang } from '../../i18n/index.ts';
import { keyedBySite } from '../../lib/cache-keys.ts';
import { loadSiteData } from '../../lib/data.ts';
import { linksFor } from '../../lib/urls.ts';

export function getStaticPaths() {
  return keyedBySite(languages.map((lang) => ({ params: { lang } })));
}

/** A feed is for what is new: readers poll it, so it stays this short whatever the corpus. */
const FEED_ITEMS = 50;

/** Engagements and articles, newest first; links carry `base`, which RSS readers cannot guess. */
export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = useTranslations(lang);
  const links = linksFor(lang);
  const site = await loadSiteData();
  const entries = site.timeline[lang];
  const articles = site.articleInputs.filter((a) => a.data.engagement && site.engagements.some((e) => e.id === a.data.engagement));
  const items = [
    ...entries.map((e) => ({
      title: e.title.text,
      link: links.entry(e.type, e.id),
      pubDate: new Date(`${e.start}T00:00:00Z`),
      ...(e.summary ? { description: e.summary } : {}),
    })),
    ...articles.map((a) => ({
      title: lang === 'en' && a.titleEn ? a.titleEn : a.data.title,
      link: links.article(a.id),
      pubDate: new Date(a.data.date),
      ...(a.data.publisher ? { description: a.data.publisher } : {}),
    })),
  ]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link))
    .slice(0, FEED_ITEMS);
  return rss({
    title: t('site.title'),
    description: t('site.description'),
    site: context.site ?? 'http://localhost:4321',
    items,
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
}
