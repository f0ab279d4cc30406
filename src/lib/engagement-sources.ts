import type { ArticleCoverage, Coverage } from './timeline.ts';

export interface PageSources {
  /** Every source the summary cites, in their order: the reader's first look. */
  cited: Coverage[];
  /** The other articles shown, in their order. */
  articles: Coverage[];
  /** Ids of the other articles left out, in their order: the archive prints every one. */
  left: string[];
}

const DAY = 86_400_000;
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY;

/** True for an article that joined the engagement but is none of the sources its summary rests on. */
const isUncited = (item: Coverage): item is ArticleCoverage => item.type === 'article' && item.cited !== true;

/**
 * What an engagement's page lists of its sources: every source its summary cites, then the `limit`
 * other articles nearest the day it began, the earlier of two as near. One the press followed
 * closely has hundreds of articles, which would make its page grow without end, and among which
 * the few cited sources were lost (positions 53 and 104–107 of 108 at 5,000 articles).
 */
export function pageSources(coverage: readonly Coverage[], start: string, limit: number): PageSources {
  const others = coverage.filter(isUncited);
  const nearest = new Set(
    others
      .map((item, order) => ({ item, order, distance: daysApart(item.date, start) }))
      .sort((a, b) => a.distance - b.distance || a.order - b.order)
      .slice(0, limit)
      .map(({ item }) => item),
  );
  return {
    cited: coverage.filter((item) => !isUncited(item)),
    articles: others.filter((item) => nearest.has(item)),
    left: others.filter((item) => !nearest.has(item)).map((item) => item.id),
  };
}
