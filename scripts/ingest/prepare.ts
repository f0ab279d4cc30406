import { createHash } from 'node:crypto';
import { ingestOne, type Outcome } from './corpus.ts';
import type { IngestContext } from './pipeline.ts';
import { renderArticle } from './write.ts';

/** A source ingested and, when it gave an article, rendered: what the cache keeps. */
export interface Prepared {
  /** SHA-256 of the source's bytes. */
  hash: string;
  outcome: Outcome;
  /**
   * The MDX file, for the id the article had before the corpus made ids unique (it rarely changes).
   * As UTF-8, which is what gets written, and half the size of most sources' UTF-16 in the cache.
   */
  mdx?: { id: string; bytes: Uint8Array };
}

// Not Buffer.from: a small Buffer is a view into a shared 8 KB pool, which a worker would post whole.
const utf8 = new TextEncoder();

/** A source file's name and bytes, and the hash the cache knows it by, worked out once. */
export interface Source {
  file: string;
  bytes: Uint8Array;
  hash: string;
}

export const toSource = (file: string, bytes: Uint8Array): Source => ({ file, bytes, hash: createHash('sha256').update(bytes).digest('hex') });

export function prepare({ file, bytes, hash }: Source, context: IngestContext): Prepared {
  const outcome = ingestOne(file, bytes, context);
  const article = 'ingested' in outcome ? outcome.ingested.article : undefined;
  return { hash, outcome, ...(article ? { mdx: { id: article.id, bytes: utf8.encode(renderArticle(article)) } } : {}) };
}
