import type { Coverage } from './timeline.ts';

export interface PageSources {
  shown: Coverage[];
  /** Articles about the engagement left out: the archive prints every one. */
  articlesLeft: number;
}

/**
 * What an engagement's page lists of its sources: every source its summary cites, and its first
 * `limit` articles, those nearest the event. One the press followed closely has hundreds of
 * articles, which would make its page grow without end.
 */
export function pageSources(coverage: readonly Coverage[], limit: number): PageSources {
  let articles = 0;
  const shown = coverage.filter((item) => item.type !== 'article' || ++articles <= limit);
  return { shown, articlesLeft: Math.max(0, articles - limit) };
}
