import type { ArticleData } from '../../src/schemas/article.ts';
import { readDateline } from './dateline.ts';
import { SourceError } from './problem.ts';
import type { CompiledRule } from './furniture.ts';
import { findPullQuotes } from './pull-quotes.ts';

/** A trimmed, non-blank line of the source and where it stood. */
export interface SourceLine {
  text: string;
  /** 1-based line in the source file. */
  line: number;
}

export interface Removed {
  text: string;
  /** The id of the rule that removed it. */
  rule: string;
  line: number;
}

export type RelatedHeadline = ArticleData['related'][number];

export interface Cleaned {
  paragraphs: SourceLine[];
  removed: Removed[];
  related: RelatedHeadline[];
  warnings: string[];
}

/** Rules in code rather than data, because they compare lines with each other. */
export const STRUCTURAL_RULES = {
  'repeated-paragraph': 'a paragraph, or the title or dateline, repeated word for word (the scrape caught the page twice)',
  'pull-quote': 'a short excerpt of a later paragraph, shown large on the page',
  'related-thumbnail': 'the caption of a related story’s thumbnail',
  'view-counter': 'a page-view counter',
  'related-undated': 'a line in the related-stories block that belongs to no dated headline',
  'repeats-title': 'the first line, repeating the title the front matter gives',
} as const;

/** The id of one of the cleaner's own rules: `satisfies StructuralRule` keeps each in the catalogue above. */
export type StructuralRule = keyof typeof STRUCTURAL_RULES;

// Furniture is short; skipping long lines keeps every rule's regex cost bounded.
const MAX_FURNITURE_LENGTH = 300;

/**
 * A line of prose ends a block: the lists blocks hold (headlines, their dates, captions) never end
 * a sentence with a full stop, nor run this long. So a "Berita Terkait" box set inside an article
 * takes its headlines, not the article's paragraphs after it.
 */
export const isProse = (text: string): boolean => /[^.]\.["”’]?$/.test(text) || text.length > MAX_FURNITURE_LENGTH;

/**
 * Removes page furniture from body lines, recording every removed line with its rule. `header` is
 * the lines read off above the body (the title, the dateline): a scrape that caught the page twice
 * repeats them in the body too.
 */
export function clean(lines: readonly SourceLine[], rules: readonly CompiledRule[], header: readonly string[] = []): Cleaned {
  const removed: Removed[] = [];
  const related: RelatedHeadline[] = [];
  const warnings: string[] = [];
  const kept: SourceLine[] = [];
  const plain = rules.filter((r) => !r.before);
  const contextual = rules.filter((r) => r.before);
  // Each line's rule is looked up once: a caption rule also asks about the line after it.
  const lineRules = lines.map((line) => (line.text.length <= MAX_FURNITURE_LENGTH ? plain.find((r) => r.regex.test(line.text)) : undefined));

  let block: { rule: CompiledRule; lines: SourceLine[] } | undefined;
  const closeBlock = (): void => {
    if (block?.rule.keep === 'related') {
      const items = readRelated(block.lines);
      related.push(...items.related);
      removed.push(...items.removed);
      if (items.undated) warnings.push(`${items.undated} line(s) in the related-stories block have no date; kept in the report only`);
    } else if (block) {
      removed.push(...block.lines.map((l) => ({ text: l.text, rule: block!.rule.id, line: l.line })));
    }
    block = undefined;
  };

  lines.forEach((line, i) => {
    const rule = lineRules[i];
    if (rule?.block) {
      closeBlock();
      removed.push({ text: line.text, rule: rule.id, line: line.line });
      block = { rule, lines: [] };
    } else if (rule) {
      removed.push({ text: line.text, rule: rule.id, line: line.line });
    } else if (block && !isProse(line.text)) {
      block.lines.push(line);
    } else {
      closeBlock();
      const next = lineRules[i + 1];
      const caption = line.text.length <= MAX_FURNITURE_LENGTH ? contextual.find((r) => r.before === next?.id && r.regex.test(line.text)) : undefined;
      if (caption) removed.push({ text: line.text, rule: caption.id, line: line.line });
      else kept.push(line);
    }
  });
  closeBlock();

  const spaced = (text: string): string => text.replace(/\s+/g, ' ');
  const seen = new Set(header.map(spaced));
  const unique: SourceLine[] = [];
  for (const line of kept) {
    const key = spaced(line.text);
    if (seen.has(key)) removed.push({ text: line.text, rule: 'repeated-paragraph' satisfies StructuralRule, line: line.line });
    else {
      seen.add(key);
      unique.push(line);
    }
  }
  const pullQuotes = findPullQuotes(unique.map((l) => l.text));
  const paragraphs = unique.filter((line, i) => {
    if (!pullQuotes.has(i)) return true;
    removed.push({ text: line.text, rule: 'pull-quote' satisfies StructuralRule, line: line.line });
    return false;
  });
  removed.sort((a, b) => a.line - b.line);
  return { paragraphs, removed, related, warnings };
}

/** A related block is a run of items, each thumbnail caption(s), headline, then "date views". */
function readRelated(lines: readonly SourceLine[]): { related: RelatedHeadline[]; removed: Removed[]; undated: number } {
  const related: RelatedHeadline[] = [];
  const removed: Removed[] = [];
  let pending: SourceLine[] = [];
  for (const line of lines) {
    const read = readDateline(line.text, line.line);
    // A related item's impossible date is not the article's problem: the item stays undated.
    const dateline = read instanceof SourceError ? null : read;
    if (!dateline || pending.length === 0) {
      pending.push(line);
      continue;
    }
    const title = pending.pop()!;
    removed.push(...pending.map((l) => ({ text: l.text, rule: 'related-thumbnail' satisfies StructuralRule, line: l.line })));
    if (dateline.counter) removed.push({ text: dateline.counter, rule: 'view-counter' satisfies StructuralRule, line: line.line });
    related.push({ title: title.text, date: dateline.date });
    pending = [];
  }
  removed.push(...pending.map((l) => ({ text: l.text, rule: 'related-undated' satisfies StructuralRule, line: l.line })));
  return { related, removed, undated: pending.length };
}

