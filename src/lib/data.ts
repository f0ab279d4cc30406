import { getCollection, type CollectionEntry } from 'astro:content';
import { indexEntities, type Entity } from './entities.ts';
import type { ArticleInput, EngagementInput } from './timeline.ts';

/** Everything the pages render, loaded once per build from the content collections. */
export interface SiteData {
  articles: CollectionEntry<'articles'>[];
  engagements: EngagementInput[];
  translations: Map<string, CollectionEntry<'translations'>>;
  entities: ReturnType<typeof indexEntities>;
  /** Articles with their English titles, for the timeline model. */
  articleInputs: ArticleInput[];
}

let cached: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [articles, engagements, translations, cities, organisations] = await Promise.all([
    getCollection('articles'),
    getCollection('engagements'),
    getCollection('translations'),
    getCollection('cities'),
    getCollection('organisations'),
  ]);
  const english = new Map(translations.filter((t) => t.id.startsWith('en/')).map((t) => [t.data.article, t]));
  const entities: Entity[] = [...cities, ...organisations].map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: articles.sort((a, b) => a.data.date.localeCompare(b.data.date)),
    engagements: engagements.map((e) => ({ id: e.id, data: e.data })).sort((a, b) => a.data.start.localeCompare(b.data.start)),
    translations: english,
    entities: indexEntities(entities),
    articleInputs: articles.map((a) => {
      const titleEn = english.get(a.id)?.data.title;
      return titleEn ? { id: a.id, data: a.data, titleEn } : { id: a.id, data: a.data };
    }),
  };
}
