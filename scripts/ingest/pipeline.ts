import type { ArticleData } from '../../src/schemas/article.ts';
import type { EntityCandidatesConfig } from '../../src/schemas/entity-candidates.ts';
import { hashText } from '../../src/schemas/text-hash.ts';
import { bidiWarning } from './bidi-controls.ts';
import { findCandidates } from './candidates.ts';
import { clean, type Removed, type SourceLine, type StructuralRule } from './clean.ts';
import { readDay } from './date-mend.ts';
import { readDateline, type Dateline } from './dateline.ts';
import { decode } from './decode.ts';
import { classify, findMentions } from './entities.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { Furniture } from './furniture.ts';
import type { Matcher } from './gazetteer.ts';
import { markupWarning } from './html-markup.ts';
import { detectLanguage } from './language.ts';
import { nearestName } from './nearest-name.ts';
import { SourceError } from './problem.ts';
import { proseRemovedWarning } from './prose-removed.ts';
import { identifyPublisher, publisherName, publisherSlip } from './publisher.ts';
import { slugify } from './slug.ts';
import { strayDatelineWarning } from './stray-dateline.ts';
import { repeatsTitle } from './title-line.ts';

export interface IngestContext {
  furniture: Furniture;
  matcher: Matcher;
  candidates: EntityCandidatesConfig;
  /** Engagement ids an article's `engagement:` may name. */
  engagements: ReadonlySet<string>;
}

/** The front matter the site reads, with the body the ingest writes under it. */
export type Article = ArticleData & { paragraphs: string[] };

export interface Ingested {
  article: Article;
  removed: Removed[];
  warnings: string[];
  candidates: string[];
  /** The id was set in front matter: the corpus gives it to no other article. */
  curatedId: boolean;
  /**
   * The text as a reader sees it, hashed: a copy that differs only in its spaces (a no-break space,
   * two for one) has the same key, and the corpus publishes it once.
   */
  textKey: string;
}

/** How many non-blank lines after the title may come before the dateline. */
const DATELINE_WINDOW = 4;

/** One source file's bytes → a clean article, or a SourceError saying what is wrong and where. */
export function ingestSource(file: string, bytes: Uint8Array, context: IngestContext): Ingested {
  const text = decode(bytes);
  const { data, body, bodyLine } = splitFrontMatter(text);
  const lines: SourceLine[] = body
    .split('\n')
    .map((raw, i) => ({ text: raw.trim(), line: bodyLine + i }))
    // A line of only invisible characters (a zero-width space, a soft hyphen) is as blank as an empty one.
    .filter((l) => !/^[\s\p{Cf}]*$/u.test(l.text));
  const [firstLine] = lines;
  if (!firstLine) {
    throw new SourceError({ message: 'there is no article text after the front matter', line: bodyLine, hint: 'paste the article below the closing "---"' });
  }
  const { title, rest, removed: repeatedTitle } = readTitle(data.title, firstLine, lines.slice(1));

  const warnings: string[] = [];
  const { date, dateline, datelineAt } = publicationDate(data.date, firstLine, rest, warnings);
  const bodyLines = datelineAt >= 0 ? [...rest.slice(0, datelineAt), ...rest.slice(datelineAt + 1)] : rest;

  if (data.engagement && !context.engagements.has(data.engagement)) {
    const near = nearestName(data.engagement, context.engagements);
    const known =
      near !== undefined ? `did you mean "${near}"?` : context.engagements.size > 0 ? `known: ${[...context.engagements].sort().join(', ')}` : 'none is written yet';
    warnings.push(`front matter \`engagement: ${data.engagement}\` names no engagement file, <id>.yaml (${known}); the article appears on the timeline as an entry of its own`);
  }
  const publisher = identifyPublisher(context.furniture, data, lines.map((l) => l.text));
  if (!publisher && !data.publisher) warnings.push('publisher not recognised: only generic furniture rules applied; add `publisher:` or `url:` front matter');
  const slip = publisherSlip(context.furniture, data.publisher);
  if (slip) warnings.push(slip);
  // What was read off above the body: a body that repeats it is the page scraped twice.
  const header = [title, ...repeatedTitle.map((r) => r.text), ...(datelineAt >= 0 ? [rest[datelineAt]!.text] : [])];
  const cleaned = clean(bodyLines, [...context.furniture.generic, ...(publisher?.compiled ?? [])], header);
  warnings.push(...cleaned.warnings);
  const counter = dateline?.counter ? [{ text: dateline.counter, rule: 'view-counter' satisfies StructuralRule, line: rest[datelineAt]!.line }] : [];
  const removed = [...repeatedTitle, ...counter, ...cleaned.removed].sort((a, b) => a.line - b.line);
  // The lines the page prints: the title too, where the text's first line gives it.
  const printed = [...(data.title === undefined ? [firstLine] : []), ...cleaned.paragraphs];
  for (const warning of [
    markupWarning(printed),
    bidiWarning(printed),
    proseRemovedWarning(cleaned.removed),
    strayDatelineWarning(cleaned.paragraphs, datelineAt >= 0 ? rest[datelineAt]!.line : undefined),
  ]) {
    if (warning) warnings.push(warning);
  }
  const paragraphs = cleaned.paragraphs.map((p) => p.text);
  if (paragraphs.length === 0) {
    throw new SourceError(
      bodyLines.length === 0
        ? { message: 'there is no article text under the headline and dateline', line: firstLine.line, hint: "paste the article's paragraphs below them" }
        : {
            message: 'nothing is left of the article after removing page furniture',
            line: firstLine.line,
            hint: 'check that the file holds the article text; `npm run ingest -- --report FILE` lists every line removed from it and the rule that removed it',
          },
      removed,
    );
  }

  const fullText = [title, ...paragraphs].join('\n\n');
  const { mentions, tokens, matched } = findMentions(fullText, context.matcher);
  // Names are not the text's language: "Food and Agriculture Organization of the United Nations" in an
  // Indonesian sentence would count four English function words.
  const detected = detectLanguage(fullText, tokens.filter((_, i) => !matched[i]).map((t) => t.folded));
  if (!data.lang && !detected.confident) warnings.push(`language unclear; "${detected.lang}" assumed; set \`lang:\` in front matter`);
  const day = date.slice(0, 10);

  const shownPublisher = publisherName(data.publisher, publisher);
  const byline = dateline?.reporter || dateline?.editor ? { ...pick(dateline, 'reporter'), ...pick(dateline, 'editor') } : undefined;
  const article: Article = {
    id: data.id ?? `${day}-${slugify(title) || slugify(fileStem(file)) || 'article'}`,
    title,
    date,
    lang: data.lang ?? detected.lang,
    ...(shownPublisher ? { publisher: shownPublisher } : {}),
    ...(data.url ? { url: data.url } : {}),
    ...(byline ? { byline } : {}),
    ...(data.engagement ? { engagement: data.engagement } : {}),
    ...classify(mentions, context.matcher),
    related: cleaned.related,
    source: file,
    hash: hashText(fullText),
    paragraphs,
  };
  // Headlines are in title case, so only the body is searched for unknown names.
  const firstBodyWord = Math.max(0, tokens.findIndex((t) => t.start > title.length));
  const candidates = findCandidates(fullText, tokens.slice(firstBodyWord), matched.slice(firstBodyWord), context.candidates);
  return { article, removed, warnings, candidates, curatedId: data.id !== undefined, textKey: hashText(fullText.replace(/\s+/gu, ' ')) };
}

/** A line that is an address and nothing else: a link saved in place of the page's text. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu;

/**
 * The title and the lines after it. The front matter's title wins over the first line, which is
 * dropped only when it repeats that title, and then recorded: any other line is the article's.
 */
function readTitle(given: string | undefined, first: SourceLine, after: SourceLine[]): { title: string; rest: SourceLine[]; removed: Removed[] } {
  if (given === undefined) {
    if (WEB_ADDRESS.test(first.text)) {
      throw new SourceError({
        message: 'the first line, which is read as the headline, is a web address',
        line: first.line,
        hint: `start the file with the article's headline, and give the address as front matter: a line "---", then "url: ${/^www\./iu.test(first.text) ? 'https://' : ''}${first.text}", then "---"`,
      });
    }
    return { title: first.text, rest: after, removed: [] };
  }
  if (!repeatsTitle(first.text, given)) return { title: given, rest: [first, ...after], removed: [] };
  return { title: given, rest: after, removed: [{ text: first.text, rule: 'repeats-title' satisfies StructuralRule, line: first.line }] };
}

/**
 * The article's date: the front matter's, else its dateline's, read from the first lines after the
 * title; with the dateline, where it is (-1 for none), and what to warn of in `warnings`.
 * `firstLine`, the body's, is where an error about a missing date points.
 */
function publicationDate(
  given: string | undefined,
  firstLine: SourceLine,
  rest: readonly SourceLine[],
  warnings: string[],
): { date: string; dateline: Dateline | null; datelineAt: number } {
  const read = rest.slice(0, DATELINE_WINDOW).map((line) => readDateline(line.text, line.line));
  const datelineAt = read.findIndex((d) => d !== null);
  const found = read[datelineAt] ?? null;
  if (found instanceof SourceError) {
    // A dateline naming a day that does not exist is an error unless the front matter gives the
    // date, which is how the error says to fix it: the line is then the dateline, and unread.
    if (!given) throw found;
    warnings.push(`line ${rest[datelineAt]!.line}: ${found.problem.message}; the front matter's date ${given} is used`);
  }
  const dateline: Dateline | null = found instanceof SourceError ? null : found;
  const date = given ?? dateline?.datetime;
  if (!date) {
    // A date in figures ("18/04/2018 10:30") is no dateline, as 04/05 could be either month, but
    // the error can point at it and read it the Indonesian way, day first.
    const figures = rest
      .slice(0, DATELINE_WINDOW)
      .map((line) => ({ line, read: readDay(line.text) }))
      .find(({ read }) => read !== undefined);
    const read = figures?.read;
    throw new SourceError({
      message: figures
        ? `no publication date found: line ${figures.line.line}, "${figures.line.text}", gives the date in figures, which is not read as a dateline`
        : 'no publication date found: no dateline (like "Senin, 21 November 2022 - 09:46 WIB") in the lines after the title',
      line: figures?.line.line ?? firstLine.line,
      hint: `add the date as front matter at the top of the file: a line "---", then "date: ${read?.day ?? 'YYYY-MM-DD'}", then "---"${read?.dayFirst ? ' (if the day comes first in the figures)' : ''}`,
    });
  }
  if (dateline) warnings.push(...dateline.warnings);
  if (dateline && given && !dateline.datetime.startsWith(given.slice(0, 10))) {
    warnings.push(`front matter date ${given} differs from the dateline's ${dateline.date}; the front matter wins`);
  }
  return { date, dateline, datelineAt };
}

/** A file's name without its extension or the date it may start with: the id gives the day already. */
const fileStem = (file: string): string => file.replace(/\.[^.]*$/, '').replace(/^\d{4}-\d{2}-\d{2}-?/, '');

function pick<K extends 'reporter' | 'editor'>(dateline: Dateline, key: K): Partial<Record<K, string>> {
  const value = dateline[key];
  return value ? ({ [key]: value } as Partial<Record<K, string>>) : {};
}
