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
 * Makes `outDir` hold exactly one `<id>.mdx` per article. Files whose bytes would not change are
 * left alone (so Astro's content cache and file watchers see no change); stale ones are deleted.
 */
export function writeArticles(outDir: string, articles: readonly Article[], render: (article: Article) => string = renderArticle): WriteResult {
  mkdirSync(outDir, { recursive: true });
  const result: WriteResult = { written: [], unchanged: 0, deleted: [] };
  const wanted = new Set<string>();
  for (const article of articles) {
    const name = `${article.id}.mdx`;
    wanted.add(name);
    const path = join(outDir, name);
    const content = render(article);
    if (readOrNull(path) === content) result.unchanged++;
    else {
      writeFileSync(path, content);
      result.written.push(name);
    }
  }
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.mdx') && !wanted.has(name)) {
      rmSync(join(outDir, name));
      result.deleted.push(name);
    }
  }
  return result;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
