import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';

// Compares each generated article's `hash` with the `sourceHash` its translation recorded.
const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, articles: { type: 'string', default: 'content/articles' } } });
const languages = ['id', 'en'] as const;
type Status = 'original' | 'translated' | 'missing' | 'outdated';

const read = (file: string) => matter(readFileSync(file, 'utf8'));
const articles = readdirSync(values.articles).filter((f) => f.endsWith('.mdx')).sort().map((f) => read(join(values.articles, f)).data as { id: string; lang: string; hash: string });
const rows = articles.map((article) => {
  const status = Object.fromEntries(
    languages.map((lang): [string, Status] => {
      if (article.lang === lang) return [lang, 'original'];
      let translation;
      try {
        translation = read(join('content', 'translations', lang, `${article.id}.md`));
      } catch {
        return [lang, 'missing'];
      }
      return [lang, translation.data.sourceHash === article.hash ? 'translated' : 'outdated'];
    }),
  );
  return { id: article.id, ...status };
});

console.table(rows);
const problems = rows.flatMap((row) => languages.filter((l) => row[l] === 'missing' || row[l] === 'outdated').map((l) => `${row.id} [${l}]: ${row[l]}`));
for (const problem of problems) console.log(`! ${problem}`);
console.log(`${rows.length} article(s); ${problems.length} translation(s) missing or outdated`);
process.exit(values.strict && problems.length > 0 ? 1 : 0);
