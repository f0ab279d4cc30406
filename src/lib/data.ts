import { getCollection, type CollectionEntry } from 'astro:content';
import { inEachLanguage, languages, type Lang } from '../i18n/languages.ts';
import { translationOf } from './article-text.ts';
import { byCodeUnits } from './code-unit-order.ts';
import { indexEntities, type Entity } from './entities.ts';
import { getOrCreate } from './get-or-create.ts';
import { buildTimeline, engagementsInTimelineOrder, groupByYear, type ArticleInput, type EngagementInput, type TimelineEntry, type YearGroup } from './timeline.ts';
import { timelineFacets, type TimelineFacets } from './timeline-facets.ts';

/** Everything the pages render, loaded once per build from the content collections. */
export interface SiteData {
  articles: CollectionEntry<'articles'>[];
  engagements: EngagementInput[];
  /** The project's translations, by `<lang>/<article id>`. */
  translations: Map<string, CollectionEntry<'translations'>>;
  entities: ReturnType<typeof indexEntities>;
  /** Articles with their translations' titles, for the timeline model. */
  articleInputs: ArticleInput[];
  /** The timeline in each language, built once: every listing, widget and feed reads it (and must not change it). */
  timeline: Record<Lang, TimelineEntry[]>;
  /** What each timeline can be filtered by, counted once rather than on each of hundreds of listing pages. */
  facets: Record<Lang, TimelineFacets>;
  /** Each timeline by year, in its order: the years that have pages, which the search offers. */
  years: Record<Lang, YearGroup[]>;
  /**
   * What one year of a timeline can be filtered by, with that year's counts, for the filters of its
   * year pages: counted on first asking, then shared by the year's page and its filters' pages.
   */
  facetsOfYear: (lang: Lang, year: number) => TimelineFacets;
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
  for (const t of translations) {
    if (!t.id.endsWith(`/${t.data.article}`)) {
      throw new Error(`content/translations/${t.id}.md: its \`article: ${t.data.article}\` does not match its file name; name the file after the article id`);
    }
  }
  const byKey = new Map(translations.map((t) => [t.id, t]));
  const entities: Entity[] = [...cities, ...organisations].map((e) => e.data).sort((a, b) => byCodeUnits(a.id, b.id));
  const sortedEngagements = engagementsInTimelineOrder(engagements.map((e) => ({ id: e.id, data: e.data })));
  articles.sort((a, b) => byCodeUnits(a.data.date, b.data.date));
  const articleInputs = articles.map((a): ArticleInput => {
    const titles = languages.flatMap((lang) => {
      const translation = translationOf(a, byKey, lang);
      return translation ? [[lang, translation.data.title] as const] : [];
    });
    return { id: a.id, data: a.data, titles: Object.fromEntries(titles) };
  });
  const index = indexEntities(entities);
  const timeline = inEachLanguage((lang) => buildTimeline(sortedEngagements, articleInputs, lang));
  const years = inEachLanguage((lang) => groupByYear(timeline[lang]));
  const entriesOf = inEachLanguage((lang) => new Map(years[lang].map((g) => [g.year, g.entries])));
  const ofYear = new Map<string, TimelineFacets>();
  return {
    articles,
    engagements: sortedEngagements,
    translations: byKey,
    entities: index,
    articleInputs,
    timeline,
    years,
    facets: inEachLanguage((lang) => timelineFacets(timeline[lang], index, lang)),
    facetsOfYear: (lang, year) => getOrCreate(ofYear, `${lang} ${year}`, () => timelineFacets(entriesOf[lang].get(year) ?? [], index, lang)),
  };
}
