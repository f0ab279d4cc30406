import type { ArticleInput, TimelineEntry } from './timeline.ts';

/** One timeline entry as the archive prints it: the entry, then every article about it in full. */
export interface ArchiveSection {
  entry: TimelineEntry;
  /** Ids of the articles printed in full, oldest first. */
  articles: string[];
}

export interface ArchiveCounts {
  engagements: number;
  articles: number;
  sources: number;
  cities: number;
  organisations: number;
}

/**
 * The archive follows the timeline: each engagement with the articles that joined it, and each
 * article that belongs to no engagement as a section of its own.
 */
export function archiveSections(entries: readonly TimelineEntry[], articles: readonly ArticleInput[]): ArchiveSection[] {
  return entries.map((entry) => ({
    entry,
    articles:
      entry.type === 'article'
        ? [entry.id]
        : articles
            .filter((a) => a.data.engagement === entry.id)
            .sort((a, b) => a.data.date.localeCompare(b.data.date))
            .map((a) => a.id),
  }));
}

/** What the cover says the archive holds; cities and organisations are the partners named. */
export function archiveCounts(
  sections: readonly ArchiveSection[],
  isCity: (id: string) => boolean | undefined,
): ArchiveCounts {
  const entities = new Set(sections.flatMap((s) => s.entry.partners));
  const known = [...entities].filter((id) => isCity(id) !== undefined);
  return {
    engagements: sections.filter((s) => s.entry.type === 'engagement').length,
    articles: sections.reduce((n, s) => n + s.articles.length, 0),
    sources: sections.reduce((n, s) => n + s.entry.coverage.length, 0),
    cities: known.filter((id) => isCity(id)).length,
    organisations: known.filter((id) => !isCity(id)).length,
  };
}

/**
 * When the archive was generated: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, so a rebuild of the same sources can give the same files; else now.
 */
export function generatedAt(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}
