import { byCodeUnits } from '../../src/lib/code-unit-order.ts';
import { SourceError, type Problem } from './problem.ts';
import { ingestSource, type Article, type IngestContext, type Ingested } from './pipeline.ts';
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
  /** Names that look like organisations but are not in the gazetteer. */
  candidates: string[];
  /** Set when the same text was already ingested from another file, which is the one published. */
  duplicateOf?: string;
}

export interface CorpusResult {
  articles: Article[];
  reports: SourceReport[];
}

const empty = { cities: [], organisations: [], related: [], warnings: [], candidates: [] };

/** One source's result: the article and what was removed from it, or what is wrong with the file and what had been removed by then. */
export type Outcome = { file: string; ingested: Ingested } | { file: string; problem: Problem; removed: readonly Removed[] };

export function ingestOne(file: string, bytes: Uint8Array, context: IngestContext): Outcome {
  try {
    return { file, ingested: ingestSource(file, bytes, context) };
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { file, problem: error.problem, removed: error.removed };
  }
}

/**
 * The corpus from each source's outcome, however they were obtained (on worker threads, from the
 * cache): in file-name order so the outcome never depends on the file system; a failing source is
 * reported and the others go on; the same text twice is published once; two articles that would get
 * one id are told apart with a suffix.
 */
export function assembleCorpus(outcomes: readonly Outcome[]): CorpusResult {
  const articles: Article[] = [];
  const reports: SourceReport[] = [];
  const byText = new Map<string, Article>();
  const sorted = [...outcomes].sort((a, b) => byCodeUnits(a.file, b.file));
  // Ids written in front matter are handed out first: an automatic id never takes one.
  const curated = new Map<string, string>();
  for (const o of sorted) if ('ingested' in o && o.ingested.curatedId && !curated.has(o.ingested.article.id)) curated.set(o.ingested.article.id, o.file);
  const ids: Ids = { taken: new Set(curated.keys()), nextSuffix: new Map() };
  for (const outcome of sorted) {
    const { file } = outcome;
    if ('problem' in outcome) {
      reports.push({ file, status: 'error', ...empty, removed: [...outcome.removed], errors: [outcome.problem] });
      continue;
    }
    const { article, removed, warnings: found, candidates, textKey } = outcome.ingested;
    const warnings = [...found];
    const original = byText.get(textKey);
    let published: Article | undefined;
    if (original) {
      warnings.push(`same text as ${original.source}; published once, from that file${curationLost(article, original)}`);
    } else {
      published = { ...article, id: curated.get(article.id) === file ? article.id : uniqueId(article.id, ids, warnings) };
      byText.set(textKey, published);
      articles.push(published);
    }
    reports.push({
      file,
      status: 'ok',
      id: (original ?? published!).id,
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
  }
  return { articles, reports };
}

/**
 * What a source's front matter can set, and a copy could give otherwise than the file published,
 * each as the site shows it: a date by its day, as a dateline's time and a front-matter day agree.
 */
const CURATED: Readonly<Record<'engagement' | 'publisher' | 'url' | 'date' | 'lang', (article: Article) => string | undefined>> = {
  engagement: (a) => a.engagement,
  publisher: (a) => a.publisher,
  url: (a) => a.url,
  date: (a) => a.date.slice(0, 10),
  lang: (a) => a.lang,
};

/**
 * What a copy gives otherwise than the file published, which the site would not show: an
 * `engagement:` written in the copy alone would leave the article off its engagement unseen.
 */
function curationLost(copy: Article, published: Article): string {
  const shown = (value: string | undefined): string => value ?? 'none';
  const differ = Object.entries(CURATED)
    .filter(([, of]) => of(copy) !== of(published))
    .map(([field, of]) => `${field} (here ${shown(of(copy))}, there ${shown(of(published))})`);
  return differ.length === 0 ? '' : `, which gives otherwise ${differ.join(', ')}; put what is right in that file and delete this one`;
}

/** Kiribati's Line Islands keep the world's latest clock: a day has begun somewhere once it has begun there. */
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * A warning for each source dated after `today` (a misread dateline, a typo in `date:`), in file
 * order. Today is the latest day on earth, so an article published today in any time zone is not
 * one. Worked out on each run from the outcomes rather than stored with them: the cache keeps an
 * outcome for as long as its source is unchanged, and today does not stay.
 */
export function futureDated(outcomes: readonly Outcome[], today: Date): string[] {
  const latestDay = new Date(today.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10);
  return outcomes
    .flatMap((o) => ('ingested' in o ? [{ file: o.file, day: o.ingested.article.date.slice(0, 10) }] : []))
    .filter(({ day }) => day > latestDay)
    .sort((a, b) => byCodeUnits(a.file, b.file))
    .map(
      ({ file, day }) =>
        `${file}: dated ${day}, a day that has not yet begun anywhere on earth — check the dateline, or give the right date as front matter \`date: YYYY-MM-DD\``,
    );
}

/** The ids given so far, and for each id given more than once the suffix to try next. */
interface Ids {
  taken: Set<string>;
  nextSuffix: Map<string, number>;
}

/** Trying suffixes from 2 each time made 20,000 articles with one id take 78 s: each id remembers where it got to. */
function uniqueId(id: string, ids: Ids, warnings: string[]): string {
  let unique = id;
  let n = ids.nextSuffix.get(id) ?? 2;
  while (ids.taken.has(unique)) unique = `${id}-${n++}`;
  ids.nextSuffix.set(id, n);
  if (unique !== id) warnings.push(`another article already has the id "${id}"; this one is "${unique}" (set \`id:\` in front matter to choose)`);
  ids.taken.add(unique);
  return unique;
}
