import { SourceError, type Problem } from './problem.ts';
import { ingestSource, type Article, type IngestContext } from './pipeline.ts';
import type { Removed, RelatedHeadline } from './clean.ts';

export interface SourceReport {
  file: string;
  status: 'ok' | 'error';
  id?: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  lang?: string;
  cities: string[];
  organisations: string[];
  related: RelatedHeadline[];
  removed: Removed[];
  warnings: string[];
  errors: Problem[];
  /** Names that look like cities or organisations but are not in the gazetteer. */
  candidates: string[];
  /** Set when the same text was already ingested from another file, which is the one published. */
  duplicateOf?: string;
}

export interface CorpusResult {
  articles: Article[];
  reports: SourceReport[];
}

const empty = { cities: [], organisations: [], related: [], removed: [], warnings: [], candidates: [] };

/**
 * Ingests every source, in file-name order so the outcome never depends on the file system:
 * a failing source is reported and the others go on; the same text twice is published once;
 * two articles that would get one id are told apart with a suffix.
 */
export function ingestCorpus(
  sources: readonly { file: string; bytes: Uint8Array }[],
  context: IngestContext,
  onProgress?: (done: number, total: number, file: string) => void,
): CorpusResult {
  const articles: Article[] = [];
  const reports: SourceReport[] = [];
  const byHash = new Map<string, Article>();
  const ids = new Set<string>();
  const sorted = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const [index, { file, bytes }] of sorted.entries()) {
    onProgress?.(index + 1, sorted.length, file);
    try {
      const { article, removed, warnings, candidates } = ingestSource(file, bytes, context);
      const original = byHash.get(article.hash);
      if (original) {
        warnings.push(`same text as ${original.source}; published once, from that file`);
      } else {
        article.id = uniqueId(article.id, ids, warnings);
        byHash.set(article.hash, article);
        articles.push(article);
      }
      reports.push({
        file,
        status: 'ok',
        id: original?.id ?? article.id,
        title: article.title,
        date: article.date.slice(0, 10),
        lang: article.lang,
        cities: article.cities,
        organisations: article.organisations,
        related: article.related,
        removed,
        warnings,
        errors: [],
        candidates,
        ...(original ? { duplicateOf: original.source } : {}),
      });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      reports.push({ file, status: 'error', ...empty, errors: [error.problem] });
    }
  }
  return { articles, reports };
}

function uniqueId(id: string, taken: Set<string>, warnings: string[]): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  if (unique !== id) warnings.push(`another article already has the id "${id}"; this one is "${unique}" (set \`id:\` in front matter to choose)`);
  taken.add(unique);
  return unique;
}
