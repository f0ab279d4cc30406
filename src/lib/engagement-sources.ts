import type { Coverage } from './timeline.ts';

export interface PageSources {
  shown: Coverage[];
  /** Articles about the engagement left out: the archive prints every one. */
  articlesLeft: number;
}

const DAY = 86_400_000;
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY;

/**
 * What an engagement's page lists of its sources, in their order: every source its summary
 * cites, and the `limit` articles nearest the day it began, the earlier of two as near. One the
 * press followed closely has hundreds of articles, which would make its page grow without end.
 */
export function pageSources(coverage: readonly Coverage[], start: string, limit: number): PageSources {
  const articles = coverage.filter((item) => item.type === 'article');
  const nearest = new Set(
    articles
      .map((item, order) => ({ item, order, distance: daysApart(item.date, start) }))
      .sort((a, b) => a.distance - b.distance || a.order - b.order)
      .slice(0, limit)
      .map(({ item }) => item),
  );
  return { shown: coverage.filter((item) => item.type !== 'article' || nearest.has(item)), articlesLeft: articles.length - nearest.size };
}
