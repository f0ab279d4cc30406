import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { languages } from '../src/i18n/languages.ts';
import { articlesDir } from '../src/lib/build-env.ts';
import { articleSchema } from '../src/schemas/article.ts';
import { translationSchema } from '../src/schemas/translation.ts';
import { commandLine } from './command-line.ts';
import { orphans, problems, translationStatus } from './i18n/status.ts';

const { values } = commandLine({
  usage: 'Usage: npm run i18n:status [-- [--strict] [--articles DIR (default: $ARTICLES_DIR, else content/articles)] [--translations content/translations]]',
  options: {
    strict: { type: 'boolean', default: false },
    articles: { type: 'string', default: articlesDir() },
    translations: { type: 'string', default: 'content/translations' },
  },
});
if (!existsSync(values.articles)) {
  console.error(`${values.articles}: no generated articles. Run \`npm run ingest\` first.`);
  process.exit(2);
}

function frontMatter(file: string): Record<string, unknown> {
  try {
    return matter(readFileSync(file, 'utf8')).data;
  } catch (error) {
    console.error(`${file}: the front matter is not valid YAML: ${(error as Error).message}\nFix the YAML between the two "---" lines, or run \`npm run ingest\` again for a generated article.`);
    process.exit(2);
  }
}
/** The fields of a file's front matter this report reads, as the site's schemas check them. */
function fields<T>(file: string, schema: z.ZodType<T>, fix: string): T {
  const result = schema.safeParse(frontMatter(file));
  if (result.success) return result.data;
  console.error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n${fix}`);
  process.exit(2);
}
const articleFields = z.object({ id: articleSchema.shape.id, lang: articleSchema.shape.lang, hash: articleSchema.shape.hash });
const translationFields = z.object({ sourceHash: translationSchema.shape.sourceHash });
const articles = readdirSync(values.articles)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => fields(join(values.articles, f), articleFields, 'Run `npm run ingest` again: it writes these fields.'));
const rows = translationStatus(articles, (lang, article) => {
  const file = join(values.translations, lang, `${article}.md`);
  return existsSync(file) ? fields(file, translationFields, 'Give the translation the sourceHash this report lists for its article.').sourceHash : undefined;
});

const width = Math.max(7, ...rows.map((r) => r.article.length));
console.log(['article'.padEnd(width), ...languages.map((l) => l.padEnd(10))].join('  '));
for (const row of rows) console.log([row.article.padEnd(width), ...languages.map((l) => row.states[l].padEnd(10))].join('  '));
const translations = languages.flatMap((lang) => {
  const dir = join(values.translations, lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ lang, article: f.slice(0, -'.md'.length) })) : [];
});
const todo = problems(rows, values.translations);
const stray = orphans(articles, translations, values.translations);
for (const line of [...todo, ...stray]) console.log(`! ${line}`);
console.log(`${rows.length} article(s); ${todo.length} translation(s) missing or outdated; ${stray.length} of no article`);
process.exit(values.strict && todo.length + stray.length > 0 ? 1 : 0);
