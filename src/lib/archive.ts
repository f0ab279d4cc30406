import { isPaginated, pagesOf } from './paginate.ts';
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

/** A volume prints at most this many articles in full (~17 KB of HTML each); a larger year has parts. */
export const VOLUME_ARTICLES = 100;

/** One volume of a large archive: a year, or a part of one, oldest first. */
export interface ArchiveVolume {
  year: number;
  /** 1 for a year's first (or only) part. */
  part: number;
  parts: number;
  sections: ArchiveSection[];
}

/**
 * The archive's volumes when it has more sections than one page holds: one per year, a year
 * with more than `articles` articles cut into parts between its sections; none when it fits on
 * one page. Every section appears once, in order.
 */
export function archiveVolumes(sections: readonly ArchiveSection[], limit?: number, articles: number = VOLUME_ARTICLES): ArchiveVolume[] {
  if (!isPaginated(sections.length, limit)) return [];
  const years = new Map<number, ArchiveSection[]>();
  for (const section of sections) {
    const year = Number(section.entry.start.slice(0, 4));
    const list = years.get(year);
    if (list) list.push(section);
    else years.set(year, [section]);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, list]) => {
      const parts = pagesOf(list, articles, (s) => Math.max(1, s.articles.length));
      return parts.map((part, i) => ({ year, part: i + 1, parts: parts.length, sections: part }));
    });
}

/** A volume's name in paths and file names: its year, then its part from the second on. */
export const volumeKey = ({ year, part }: Pick<ArchiveVolume, 'year' | 'part'>): string => (part > 1 ? `${year}-${part}` : `${year}`);

/** The PDF of the archive, or of one of its volumes, at the site's root. */
export const archivePdfName = (lang: string, volume?: Pick<ArchiveVolume, 'year' | 'part'>): string =>
  `archive-${lang}${volume ? `-${volumeKey(volume)}` : ''}.pdf`;

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
