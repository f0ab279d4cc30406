import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadIngestContext } from '../../../scripts/ingest/context.ts';
import { assembleCorpus, ingestOne, type CorpusResult } from '../../../scripts/ingest/corpus.ts';
import { DataFileError } from '../../../scripts/ingest/data-file.ts';
import type { IngestContext } from '../../../scripts/ingest/pipeline.ts';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const contentDir = join(repoRoot, 'content');

/** The project's real gazetteer, rules and publishers, as the CLI loads them. */
export const loadContext = (): IngestContext => loadIngestContext(contentDir);

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Ingests every source in memory: the CLI's two steps, without its cache, worker threads or files. */
export const ingestCorpus = (sources: readonly { file: string; bytes: Uint8Array }[], context: IngestContext): CorpusResult =>
  assembleCorpus(sources.map((source) => ingestOne(source.file, source.bytes, context)));

/** Asserts that `run` stops on a project data file with exactly `message`, or one that matches it. */
export function assertDataFileError(run: () => unknown, message: string | RegExp): void {
  assert.throws(run, (error: Error) => {
    assert.ok(error instanceof DataFileError, String(error));
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });
}
