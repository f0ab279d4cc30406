import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadIngestContext } from '../../../scripts/ingest/context.ts';
import { DataFileError } from '../../../scripts/ingest/data-file.ts';
import type { IngestContext } from '../../../scripts/ingest/pipeline.ts';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const contentDir = join(repoRoot, 'content');

/** The project's real gazetteer, rules and publishers, as the CLI loads them. */
export const loadContext = (): IngestContext => loadIngestContext(contentDir);

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Asserts that `run` stops on a project data file with exactly `message`, or one that matches it. */
export function assertDataFileError(run: () => unknown, message: string | RegExp): void {
  assert.throws(run, (error: Error) => {
    assert.ok(error instanceof DataFileError, String(error));
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });
}
