import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from './pipeline.ts';
import { toMdxFile } from './to-mdx.ts';

/** The article as its MDX file: every field but the paragraphs goes to front matter, in a fixed order. */
export function renderArticle(article: Article): string {
  const { paragraphs, ...fields } = article;
  return toMdxFile(fields, paragraphs);
}

export interface WriteResult {
  written: string[];
  unchanged: number;
  deleted: string[];
}

/**
 * Makes `outDir` hold exactly one `<id>.mdx` per article, as `render` gives it. Files whose bytes
 * would not change are left alone (so Astro's content cache and file watchers see no change); stale
 * ones are deleted.
 */
export function writeArticles(outDir: string, articles: readonly Article[], render: (article: Article) => string | Uint8Array): WriteResult {
  mkdirSync(outDir, { recursive: true });
  const result: WriteResult = { written: [], unchanged: 0, deleted: [] };
  // One listing instead of a failed read per new file; what is left in it at the end is stale.
  const stale = new Set(readdirSync(outDir).filter((name) => name.endsWith('.mdx')));
  for (const article of articles) {
    const name = `${article.id}.mdx`;
    const path = join(outDir, name);
    const rendered = render(article);
    const bytes = typeof rendered === 'string' ? Buffer.from(rendered) : rendered;
    if (stale.delete(name) && readFileSync(path).equals(bytes)) result.unchanged++;
    else {
      writeFileSync(path, bytes);
      result.written.push(name);
    }
  }
  for (const name of stale) {
    rmSync(join(outDir, name));
    result.deleted.push(name);
  }
  return result;
}
