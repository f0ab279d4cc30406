import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { languages, useTranslations } from '../../i18n/index.ts';
import { useCount } from '../../i18n/plural.ts';
import { archiveCounts } from '../../lib/archive.ts';
import { keyedBySite } from '../../lib/cache-keys.ts';
import { loadSiteData } from '../../lib/data.ts';
import { isCityIn } from '../../lib/entities.ts';
import { loadSiteGraph } from '../../lib/graph/site-graph.ts';
import { shareCardPng } from '../../lib/share-card-png.ts';
import { siteArchive } from '../../lib/site-archive.ts';

export function getStaticPaths() {
  return keyedBySite(languages.map((lang) => ({ params: { lang }, props: { lang } })));
}

/** The image link previews show for every page in a language (`og:image`, OpenGraph.astro). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { lang } }) => {
  const t = useTranslations(lang);
  const count = useCount(lang);
  const site = await loadSiteData();
  const { graph } = await loadSiteGraph();
  const entries = site.timeline[lang];
  const counts = archiveCounts(siteArchive(site, lang).sections, isCityIn(site.entities));
  const years = [...new Set(entries.map((e) => e.start.slice(0, 4)))].sort();
  const facts = [
    ...(['engagements', 'cities', 'organisations'] as const).map((key) => count(`archive.count.${key}`, counts[key])),
    ...(years.length > 0 ? [years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]!] : []),
  ].join(' · ');
  return shareCardPng({ title: t('site.title'), tagline: t('site.tagline'), facts }, graph.nodes.filter((n) => n.type === 'city'));
};
