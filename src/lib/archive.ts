import type { Lang } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/template.ts';
import { sourceDate } from './build-env.ts';
import { yearOf } from './dates.ts';
import { getOrCreate } from './get-or-create.ts';
import { formatNumber } from './lists-and-numbers.ts';
import { isPaginated, pagesOf } from './paginate.ts';
import type { Coverage, TimelineEntry } from './timeline.ts';

/** One timeline entry as the archive prints it: the entry, then every article about it in full. */
export interface ArchiveSection {
  entry: TimelineEntry;
  /** Ids of the articles printed in full, oldest first. */
  articles: string[];
  /**
   * Set on an entry with more articles than a volume prints, cut into pieces in volumes of their
   * own: which piece this is (from 1), of how many, where its articles start in the entry's
   * (from 0) and how many the entry has in all. The first piece alone shows the entry's summary,
   * partners and the sources that are not its articles.
   */
  piece?: { number: number; of: number; offset: number; total: number };
}

export interface ArchiveCounts {
  engagements: number;
  articles: number;
  sources: number;
  cities: number;
  organisations: number;
}

/**
 * The archive follows the timeline: each engagement with the articles that joined it (its
 * coverage's articles, oldest first), and each article that belongs to no engagement as a section of its own.
 */
export function archiveSections(entries: readonly TimelineEntry[]): ArchiveSection[] {
  return entries.map((entry) => ({ entry, articles: entry.coverage.flatMap((c) => (c.type === 'article' ? [c.id] : [])) }));
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

/** A section as it is printed in volumes: whole, or in pieces of at most `articles` articles. */
export function piecesOf(section: ArchiveSection, articles: number): ArchiveSection[] {
  const total = section.articles.length;
  if (total <= articles) return [section];
  const of = Math.ceil(total / articles);
  return Array.from({ length: of }, (_, i) => ({
    entry: section.entry,
    articles: section.articles.slice(i * articles, (i + 1) * articles),
    piece: { number: i + 1, of, offset: i * articles, total },
  }));
}

/** A UI text with a piece's articles in its {from}, {to} and {total} slots, counted from 1. */
export function fillPieceRange(template: string, { articles, piece }: ArchiveSection, lang: Lang): string {
  const { offset, total } = piece ?? { offset: 0, total: articles.length };
  const number = (n: number) => formatNumber(n, lang);
  return fillTemplate(template, { from: number(offset + 1), to: number(offset + articles.length), total: number(total) });
}

/** Where a volume's entries start and end, for a reader looking for a date. */
export function volumeSpan({ sections }: Pick<ArchiveVolume, 'sections'>): { from: string; to: string } | undefined {
  const [first, last] = [sections[0], sections.at(-1)];
  return first && last ? { from: first.entry.start, to: last.entry.end ?? last.entry.start } : undefined;
}

/** True for a section that shows its entry's summary, partners and cited sources: all but a later piece. */
export const describesEntry = (section: ArchiveSection): boolean => (section.piece?.number ?? 1) === 1;

/**
 * The archive's volumes when it has more sections, or more articles, than one page holds: one
 * per year, a year with more than `articles` articles cut into parts between its sections, and an
 * entry with more than that into pieces of its own; none when it fits on one page. Every section
 * appears once, in order, and every article once.
 */
export function archiveVolumes(sections: readonly ArchiveSection[], limit?: number, articles: number = VOLUME_ARTICLES): ArchiveVolume[] {
  // A corpus whose articles all belong to a few engagements has few sections, but no fewer articles.
  const printed = sections.reduce((n, s) => n + s.articles.length, 0);
  if (!isPaginated(sections.length, limit) && !isPaginated(printed, articles)) return [];
  const years = new Map<number, ArchiveSection[]>();
  for (const section of sections.flatMap((s) => piecesOf(s, articles))) {
    getOrCreate(years, yearOf(section.entry.start), () => []).push(section);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, list]) => {
      const parts = pagesOf(list, articles, (s) => Math.max(1, s.articles.length));
      return parts.map((part, i) => ({ year, part: i + 1, parts: parts.length, sections: part }));
    });
}

/** The volumes that print each entry, by its id: one, or one for each of its pieces, in order. */
export function entryVolumes(volumes: readonly ArchiveVolume[]): ReadonlyMap<string, readonly ArchiveVolume[]> {
  const found = new Map<string, ArchiveVolume[]>();
  for (const volume of volumes) {
    for (const { entry } of volume.sections) getOrCreate(found, entry.id, () => []).push(volume);
  }
  return found;
}

/**
 * The sources a section lists: the articles it prints, and, unless it is a later piece, every
 * other source of its entry. Each piece of a closely followed engagement lists a bounded share.
 */
export function sectionCoverage(section: ArchiveSection): Coverage[] {
  const printed = new Set(section.articles);
  const described = describesEntry(section);
  return section.entry.coverage.filter((item) => (item.type === 'article' ? printed.has(item.id) : described));
}

/** The id of an entry's section in the archive, for links that land on it. */
export const archiveAnchor = (entryId: string): string => `entry-${entryId}`;

/** The id of an article printed in full in the archive. */
export const printedArticleAnchor = (articleId: string): string => `article-${articleId}`;

/**
 * The volumes, of those that print an entry (`entryVolumes`), whose piece of it prints any of
 * `articleIds`, in order: where a page that lists some of an entry's articles sends the reader for the rest.
 */
export function volumesPrinting(volumes: readonly ArchiveVolume[], entryId: string, articleIds: readonly string[]): ArchiveVolume[] {
  const wanted = new Set(articleIds);
  return volumes.filter((volume) => volume.sections.some((s) => s.entry.id === entryId && s.articles.some((id) => wanted.has(id))));
}

/** A volume as readers name it: "Volume 2018", or "Volume 2018 (2/6)" for a part of a year. */
export const volumeName = ({ year, part, parts }: Pick<ArchiveVolume, 'year' | 'part' | 'parts'>, word: string): string =>
  `${word} ${year}${parts > 1 ? ` (${part}/${parts})` : ''}`;

/** A volume's name in paths and file names: its year, then its part from the second on. */
export const volumeKey = ({ year, part }: Pick<ArchiveVolume, 'year' | 'part'>): string => (part > 1 ? `${year}-${part}` : `${year}`);

/** The PDF of the archive, or of one of its volumes, at the site's root. */
export const archivePdfName = (lang: string, volume?: Pick<ArchiveVolume, 'year' | 'part'>): string =>
  `archive-${lang}${volume ? `-${volumeKey(volume)}` : ''}.pdf`;

/**
 * What the cover says the archive holds; cities and organisations are the partners named. A later
 * piece of an entry lists only its own articles and no partners, so the rest count where it does.
 */
export function archiveCounts(
  sections: readonly ArchiveSection[],
  isCity: (id: string) => boolean | undefined,
): ArchiveCounts {
  const described = sections.filter(describesEntry);
  const entities = new Set(described.flatMap((s) => s.entry.partners));
  const known = [...entities].filter((id) => isCity(id) !== undefined);
  return {
    engagements: sections.filter((s) => s.entry.type === 'engagement').length,
    articles: sections.reduce((n, s) => n + s.articles.length, 0),
    sources: sections.reduce((n, s) => n + sectionCoverage(s).length, 0),
    cities: known.filter((id) => isCity(id)).length,
    organisations: known.filter((id) => !isCity(id)).length,
  };
}

/** When the archive was generated: the date `SOURCE_DATE_EPOCH` fixes, else now. */
export function generatedAt(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): Date {
  return sourceDate(env) ?? now();
}
