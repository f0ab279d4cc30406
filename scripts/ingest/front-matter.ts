import matter from 'gray-matter';
import { z } from 'zod';
import { publicationDate } from '../../src/schemas/article.ts';
import { engagementId } from '../../src/schemas/engagement.ts';
import { kebabId } from '../../src/schemas/kebab-id.ts';
import { langSchema } from '../../src/schemas/lang.ts';
import { webUrl } from '../../src/schemas/web-url.ts';
import { dateMend } from './date-mend.ts';
import { SourceError } from './problem.ts';
import { plainWords } from './schema-wording.ts';
import { lineOfPath, parseYaml, YamlError, yamlMend } from './yaml.ts';

/** Curated facts that win over what the ingest parses from the raw text. */
const sourceFrontMatterSchema = z.strictObject({
  id: kebabId().max(100, 'use at most 100 characters: the id names the article’s file and page').optional(),
  title: z.string().trim().min(1).optional(),
  date: publicationDate.optional(),
  lang: langSchema.optional(),
  publisher: z.string().trim().min(1).optional(),
  url: webUrl.optional(),
  engagement: engagementId.optional(),
});

export type SourceFrontMatter = z.infer<typeof sourceFrontMatterSchema>;

export interface SplitSource {
  data: SourceFrontMatter;
  body: string;
  /** 1-based line of the source file where `body` begins. */
  bodyLine: number;
}

const OPENING = /^---([^\n]*)\n/;

/** Splits YAML front matter off a source. Any other front-matter language is refused, never evaluated. */
export function splitFrontMatter(text: string): SplitSource {
  // Blank lines or spaces before the opening "---" (a paste's stray newline) do not hide the front
  // matter, which would otherwise be published as the article's first lines.
  const blank = /^\s+(?=---)/.exec(text)?.[0];
  if (!blank) return splitAtTop(text);
  const skipped = blank.split('\n').length - 1;
  try {
    const split = splitAtTop(text.slice(blank.length));
    return { ...split, bodyLine: split.bodyLine + skipped };
  } catch (error) {
    if (error instanceof SourceError && error.problem.line) throw new SourceError({ ...error.problem, line: error.problem.line + skipped });
    throw error;
  }
}

function splitAtTop(text: string): SplitSource {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text, bodyLine: 1 };
  const language = opening[1]!.trim().toLowerCase();
  // "----" reads as "---" followed by a language named "-": it is a fence one dash too long.
  const dashes = opening[1]!.trimEnd();
  if (/^-+$/.test(dashes)) {
    throw new SourceError({
      message: `the front matter opens with a line of ${3 + dashes.length} dashes`,
      line: 1,
      hint: 'write exactly three, "---", on the line that opens it and on the line that closes it',
    });
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new SourceError({
      message: `front matter in "${language}" is not accepted (only YAML)`,
      line: 1,
      hint: 'start the file with a plain "---" line and write the fields as YAML',
    });
  }
  const closing = /\n---[ \t]*(?:\n|$)/.exec(text.slice(opening[0].length - 1));
  if (!closing) {
    throw new SourceError({
      message: 'the front matter opened on this line is never closed',
      line: 1,
      hint: 'add a line "---" after its last field, before the title; or remove this "---" if the file has no front matter',
    });
  }
  // gray-matter would eval `---js`; the check above and the engine table below both rule it out.
  // It is given the front matter alone: it looks up every text it gets in its cache, and hashing
  // whole articles for that was three quarters of its time. What it leaves of it is where the body begins.
  const head = text.slice(0, opening[0].length + closing.index + closing[0].length - 1);
  const parsed = matter(head, {
    language: 'yaml',
    engines: { yaml: (s: string) => parseFrontMatterYaml(s) as object },
  });
  const fmLength = head.length - parsed.content.length;
  const content = text.slice(fmLength);
  const bodyLine = text.slice(0, fmLength).split('\n').length;
  const result = sourceFrontMatterSchema.safeParse(parsed.data ?? {}, { error: plainWords });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
    const key = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
    // The fields start on the line after the opening "---".
    const at = key === undefined ? undefined : lineOfPath(text.slice(opening[0].length, opening[0].length - 1 + closing.index), [key]);
    throw new SourceError({
      message: field
        ? `front matter field "${field}": ${issue.message}${issue.code === 'invalid_format' ? dateMend(parsed.data[field]) : ''}`
        : `front matter must be fields, one "name: value" per line: ${issue.message}`,
      line: at === undefined ? undefined : at + 1,
      hint:
        issue.code === 'unrecognized_keys'
          ? `allowed fields: ${Object.keys(sourceFrontMatterSchema.shape).join(', ')}`
          : 'correct the value between the two "---" lines',
    });
  }
  return { data: result.data, body: content.replace(/^\n/, ''), bodyLine: bodyLine + (content.startsWith('\n') ? 1 : 0) };
}

function parseFrontMatterYaml(source: string): unknown {
  try {
    return parseYaml(source) ?? {};
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    // gray-matter hands over the text from the end of the opening "---", so lines count as in the file.
    throw new SourceError({
      message: `front matter is not valid YAML: ${error.reason}`,
      ...(error.line ? { line: error.line } : {}),
      hint: `${yamlMend(error.reason, error.lineText)}, between the two "---" lines`,
    });
  }
}

