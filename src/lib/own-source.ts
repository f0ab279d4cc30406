import type { ArticleCoverage, TimelineEntry } from './timeline.ts';

/**
 * The article a stand-alone entry is, when it is the entry's only source. A list of sources would
 * then repeat the entry's own title and link its own page again; what it adds (the publisher, the
 * title as published) belongs beside the entry instead.
 */
export function ownSource(entry: Pick<TimelineEntry, 'type' | 'id' | 'coverage'>): ArticleCoverage | undefined {
  const [only, ...rest] = entry.coverage;
  return entry.type === 'article' && rest.length === 0 && only?.type === 'article' && only.id === entry.id ? only : undefined;
}
