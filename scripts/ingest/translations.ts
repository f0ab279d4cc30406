import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../src/i18n/languages.ts';
import { translationSchema } from '../../src/schemas/translation.ts';
import { shownPath } from './data-file.ts';
import { formatProblem, type Problem } from './problem.ts';
import { plainWords } from './schema-wording.ts';
import { lineOfPath, parseYaml, YamlError, yamlMend } from './yaml.ts';

/** What a translation's checks found: errors stop the build, warnings name what the site will not show. */
export interface TranslationFindings {
  errors: string[];
  warnings: string[];
}

const SCHEMA = 'src/schemas/translation.ts';
const FENCE = /^---\r?$/;
const FIELDS = Object.keys(translationSchema.shape).join(', ');

/**
 * The problems of one translation file (`<article id>.md`), as the site would meet them: Astro's
 * own errors for these name no line, and end in a stack trace.
 */
export function translationProblems(name: string, text: string, articles: ReadonlySet<string>): { errors: Problem[]; warnings: Problem[] } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  // Astro finds front matter after a byte-order mark (Windows editors write one) or blank lines, so the check does too.
  const open = lines.findIndex((line) => line.trim() !== '');
  const close = lines.findIndex((line, i) => i > open && FENCE.test(line));
  if (!FENCE.test(lines[open] ?? '') || close < 0) {
    return { errors: [{ line: 1, message: 'no front matter between two `---` lines', hint: `start the file with a line \`---\`, then its fields (see ${SCHEMA}), then another \`---\`` }], warnings: [] };
  }
  const front = lines.slice(open + 1, close).join('\n');
  /** A line of the front matter, from 1, as the file's line. */
  const inFile = (frontLine: number): number => open + 1 + frontLine;
  let data: unknown;
  try {
    data = parseYaml(front);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    return { errors: [{ line: error.line && inFile(error.line), message: `the front matter is not valid YAML: ${error.reason}`, hint: yamlMend(error.reason, error.lineText) }], warnings: [] };
  }
  const result = translationSchema.safeParse(data, { error: plainWords });
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => {
        const field = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
        const at = lineOfPath(front, [field]);
        const missing = issue.code === 'invalid_type' && typeof data === 'object' && data !== null && !(field in data);
        if (missing) return { line: close + 1, message: `has no \`${field}:\``, hint: `add it above this line; ${SCHEMA} says what it holds` };
        if (issue.code === 'unrecognized_keys') return { line: at === undefined ? 1 : inFile(at), message: `\`${field}:\` is not a field of a translation`, hint: `the fields are ${FIELDS}: correct its name, or remove it` };
        return { line: at === undefined ? 1 : inFile(at), message: `${field || 'the front matter'}: ${issue.message}`, hint: `${SCHEMA} says what each field holds` };
      }),
      warnings: [],
    };
  }
  const { article } = result.data;
  const line = inFile(lineOfPath(front, ['article']) ?? 0);
  const errors: Problem[] =
    `${article}.md` === name ? [] : [{ line, message: `translates "${article}", but the file is named ${name}`, hint: `name the file ${article}.md: the site finds a translation by its article's id` }];
  // Astro takes a translation without text, and the English page then shows a title and no article.
  if (/^[\s\p{Cf}]*$/u.test(lines.slice(close + 1).join('\n'))) {
    errors.push({ line: close + 1, message: 'has no text after its front matter', hint: 'write the translated paragraphs below this line, a blank line between two' });
  }
  const warnings: Problem[] = articles.has(article)
    ? []
    : [{ line, message: `no article has the id "${article}", so the site shows this translation nowhere`, hint: 'give the id of the article it translates (`npm run i18n:status` lists them), or delete the file if its source is gone' }];
  return { errors, warnings };
}

/** Checks every translation in `dir` (content/translations/<lang>/<article id>.md) against the corpus's articles. */
export function checkTranslations(dir: string, articles: ReadonlySet<string>): TranslationFindings {
  const findings: TranslationFindings = { errors: [], warnings: [] };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return findings;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const place = join(dir, entry.name);
    if (!entry.isDirectory() || !languages.some((lang) => lang === entry.name)) {
      if (!entry.name.startsWith('.') && !/^readme(\.md)?$/i.test(entry.name)) {
        const meant = languages.find((lang) => lang === entry.name.toLowerCase());
        const hint = entry.isDirectory() && meant ? `rename it ${meant}: language folders are in lowercase` : `move each translation into ${languages.map((lang) => shownPath(join(dir, lang))).join(' or ')}`;
        findings.errors.push(formatProblem(shownPath(place), { message: 'not a folder of one of the site’s languages, so the site would not read it', hint }));
      }
      continue;
    }
    // Hidden files are an editor's (vim's .x.md.swp, macOS's .DS_Store), not translations: the
    // site's glob passes over them too.
    for (const name of readdirSync(place).filter((n) => !n.startsWith('.')).sort()) {
      const file = shownPath(join(place, name));
      if (!name.endsWith('.md')) {
        findings.errors.push(formatProblem(file, { message: 'not a .md file, so the site would not read it', hint: 'save the translation as <article id>.md' }));
        continue;
      }
      const { errors, warnings } = translationProblems(name, readFileSync(join(place, name), 'utf8'), articles);
      findings.errors.push(...errors.map((problem) => formatProblem(file, problem)));
      findings.warnings.push(...warnings.map((problem) => formatProblem(file, problem)));
    }
  }
  return findings;
}
