import type { Lang } from '../i18n/index.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Engagement, EngagementKind, EngagementSource } from '../schemas/engagement.ts';
import { byCodeUnits } from './code-unit-order.ts';
import { collate } from './collate.ts';
import { yearOf } from './dates.ts';
import { getOrCreate } from './get-or-create.ts';
import { HOME_CITY } from './home-city.ts';
import { titleKey } from './title-key.ts';
import type { TimelineFilter } from './timeline-filter.ts';

/** Text with the language it is written in, for `lang` attributes when a fallback is shown. */
export interface Localized {
  text: string;
  lang: Lang;
}

export type Coverage =
  | {
      type: 'article';
      id: string;
      title: Localized;
      /** The title as published, when `title` is a translation of it. */
      original?: Localized;
      publisher?: string;
      date: string;
      /** The original's address. */
      url?: string;
      /** Set on an engagement's article that its sources name: one its summary rests on. */
      cited?: true;
    }
  | {
      type: 'headline';
      title: string;
      lang: string;
      publisher: string;
      date: string;
      /** The article on this site whose page lists the headline, named so paper can say which. */
      listedIn?: { id: string; title: Localized };
      /** Where its text was read. */
      url?: string;
      citedFor?: string;
    }
  | { type: 'report'; publisher: string; url?: string; title?: string; date?: string; lang?: string; citedFor?: string };

/** Coverage by an article ingested on this site. */
export type ArticleCoverage = Extract<Coverage, { type: 'article' }>;

export interface TimelineEntry {
  type: 'engagement' | 'article';
  id: string;
  start: string;
  end?: string;
  kind: EngagementKind | 'article';
  place?: string;
  title: Localized;
  summary?: string;
  partners: string[];
  coverage: Coverage[];
}

export interface ArticleInput {
  id: string;
  data: ArticleData;
  /** The titles of the project's translations, by language. */
  titles?: Partial<Record<Lang, string>>;
}

export interface EngagementInput {
  id: string;
  data: Engagement;
}

/** The title a reader of `lang` is shown: its translation's where its page shows one (see data.ts), else the original's. */
export function articleTitle(article: ArticleInput, lang: Lang): Localized {
  const translated = article.titles?.[lang];
  return translated ? { text: translated, lang } : { text: article.data.title, lang: article.data.lang };
}

/**
 * Engagements with the coverage the corpus has for them, and every article that belongs to no
 * engagement as an entry of its own, oldest first. An engagement's own sources stand in for
 * articles the corpus lacks, so it renders from any corpus.
 */
export function buildTimeline(engagements: readonly EngagementInput[], articles: readonly ArticleInput[], lang: Lang): TimelineEntry[] {
  const known = new Set(engagements.map((e) => e.id));
  const ingested = new Map(articles.map((a) => [a.id, articleTitle(a, lang)]));
  const byEngagement = new Map<string, ArticleInput[]>();
  for (const article of articles) if (article.data.engagement) getOrCreate(byEngagement, article.data.engagement, () => []).push(article);
  const entries: TimelineEntry[] = engagements.map(({ id, data }) => {
    const joined = (byEngagement.get(id) ?? []).sort(byDate);
    const joinedTitles = new Set(joined.map((a) => titleKey(a.data.title)));
    const citedTitles = new Set(data.sources.flatMap((s) => (s.type === 'article' ? [titleKey(s.title)] : [])));
    const coverage: Coverage[] = [
      ...joined.map((a) => articleCoverage(a, lang, citedTitles.has(titleKey(a.data.title)))),
      ...data.sources.filter((s) => !(s.type === 'article' && joinedTitles.has(titleKey(s.title)))).map((s) => sourceCoverage(s, lang, ingested)),
    ];
    return {
      type: 'engagement',
      id,
      start: data.start,
      ...optional('end', data.end),
      kind: data.kind,
      place: data.place,
      title: { text: data.title[lang], lang },
      summary: data.summary[lang],
      partners: data.partners,
      coverage: coverage.sort(byCoverageDate),
    };
  });
  for (const article of articles) {
    if (article.data.engagement && known.has(article.data.engagement)) continue;
    entries.push({
      type: 'article',
      id: article.id,
      start: article.data.date.slice(0, 10),
      kind: 'article',
      title: articleTitle(article, lang),
      partners: [...article.data.cities.filter((c) => c !== HOME_CITY), ...article.data.organisations],
      coverage: [articleCoverage(article, lang)],
    });
  }
  return entries.sort(inTimelineOrder((e) => e.start));
}

/** The timeline's order: oldest first, and by id within a day, so every machine lists a day's entries alike. */
const inTimelineOrder =
  <T extends { id: string }>(start: (item: T) => string) =>
  (a: T, b: T): number =>
    byCodeUnits(start(a), start(b)) || byCodeUnits(a.id, b.id);

/** The engagements in the timeline's order, which their pages' earlier and later links follow. */
export const engagementsInTimelineOrder = (engagements: readonly EngagementInput[]): EngagementInput[] => [...engagements].sort(inTimelineOrder((e) => e.data.start));

/** The id of an entry's heading in a listing, for links that land on it. */
export const entryAnchor = (type: TimelineEntry['type'], id: string): string => `${type}-${id}`;

export interface YearGroup {
  year: number;
  entries: TimelineEntry[];
}

export function groupByYear(entries: readonly TimelineEntry[]): YearGroup[] {
  const groups = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    getOrCreate(groups, yearOf(entry.start), () => []).push(entry);
  }
  return [...groups].map(([year, list]) => ({ year, entries: list }));
}

/** Whether the entity `id` is one of the entry's partners or its place. */
export const involves = (entry: TimelineEntry, id: string): boolean => entry.partners.includes(id) || entry.place === id;

export function applyFilter(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  if (!filter) return [...entries];
  if ('kind' in filter) return entries.filter((e) => e.kind === filter.kind);
  return entries.filter((e) => involves(e, filter.partner));
}

const byDate = (a: ArticleInput, b: ArticleInput): number => byCodeUnits(a.data.date, b.data.date);

/** Dated coverage first, oldest first; reports known only by their address close the list. */
const byCoverageDate = (a: Coverage, b: Coverage): number =>
  a.date && b.date ? byCodeUnits(a.date, b.date) : a.date ? -1 : b.date ? 1 : collate('en')(a.publisher ?? '', b.publisher ?? '');

function articleCoverage(article: ArticleInput, lang: Lang, cited = false): Coverage {
  const title = articleTitle(article, lang);
  const translated = title.lang !== article.data.lang;
  return {
    type: 'article',
    id: article.id,
    title,
    ...(translated ? { original: { text: article.data.title, lang: article.data.lang } } : {}),
    ...optional('publisher', article.data.publisher),
    date: article.data.date,
    ...optional('url', article.data.url),
    ...(cited ? { cited: true as const } : {}),
  };
}

/** A cited source; an `article` the corpus lacks is cited like any report, a headline listed on one as a headline. */
function sourceCoverage(source: EngagementSource, lang: Lang, ingested: ReadonlyMap<string, Localized>): Coverage {
  if (source.type === 'headline') {
    const listingTitle = source.listedIn ? ingested.get(source.listedIn) : undefined;
    const listedIn = source.listedIn && listingTitle ? { id: source.listedIn, title: listingTitle } : undefined;
    return {
      type: 'headline',
      title: source.title,
      lang: source.lang,
      publisher: source.publisher,
      date: source.date,
      ...optional('listedIn', listedIn),
      ...optional('url', source.url),
      ...optional('citedFor', source.citedFor?.[lang]),
    };
  }
  return {
    type: 'report',
    publisher: source.publisher,
    ...optional('url', source.url),
    ...optional('title', source.title),
    ...optional('date', source.date),
    ...optional('lang', source.lang),
    ...optional('citedFor', source.type === 'report' ? source.citedFor?.[lang] : undefined),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
