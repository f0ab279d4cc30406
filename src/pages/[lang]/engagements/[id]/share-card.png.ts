import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { useCount } from '../../../../i18n/plural.ts';
import { loadSiteData } from '../../../../lib/data.ts';
import { formatRange } from '../../../../lib/dates.ts';
import { engagementPaths } from '../../../../lib/engagement-paths.ts';
import { isCity } from '../../../../lib/entities.ts';
import { HOME_CITY } from '../../../../lib/home-city.ts';
import { loadSiteGraph } from '../../../../lib/graph/site-graph.ts';
import { shareCardPng } from '../../../../lib/share-card-png.ts';

export const getStaticPaths = () => engagementPaths();

/**
 * An engagement's own link-preview image: its title, when, where and what kind, its partners
 * counted, and the map of the cities it involved with its place marked.
 */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { lang, engagement: { data: engagement }, entry } }) => {
  const t = useTranslations(lang);
  const count = useCount(lang);
  const site = await loadSiteData();
  const { graph } = await loadSiteGraph();
  const partners = engagement.partners.map((id) => site.entities.get(id)).filter((e) => e !== undefined);
  const cityCount = partners.filter(isCity).length;
  const facts = [
    ...(cityCount > 0 ? [count('archive.count.cities', cityCount)] : []),
    ...(partners.length > cityCount ? [count('archive.count.organisations', partners.length - cityCount)] : []),
    count('archive.count.sources', entry.coverage.length),
  ].join(' · ');
  const place = site.entities.get(engagement.place);
  const tagline = [formatRange(engagement.start, engagement.end, lang), place?.name[lang] ?? engagement.place, t(`kind.${engagement.kind}`)].join(' · ');
  const onMap = new Set([HOME_CITY, engagement.place, ...engagement.partners]);
  const cities = graph.nodes.filter((n) => n.type === 'city' && onMap.has(n.id));
  return shareCardPng({ kicker: t('site.title'), title: engagement.title[lang], tagline, facts }, cities, engagement.place);
};
