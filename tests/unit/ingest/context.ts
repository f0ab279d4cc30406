import { join } from 'node:path';
import { loadIngestContext } from '../../../scripts/ingest/context.ts';
import type { IngestContext } from '../../../scripts/ingest/pipeline.ts';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const contentDir = join(repoRoot, 'content');

/** The project's real gazetteer, rules and publishers, as the CLI loads them. */
export const loadContext = (): IngestContext => loadIngestContext(contentDir);

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
