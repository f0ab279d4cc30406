import { join } from 'node:path';
import { entityCandidatesSchema } from '../../../src/schemas/entity-candidates.ts';
import { readDataFile } from '../../../scripts/ingest/data-file.ts';
import { loadFurniture } from '../../../scripts/ingest/furniture.ts';
import { loadEngagementIds } from '../../../scripts/ingest/engagements.ts';
import { buildMatcher, loadGazetteer } from '../../../scripts/ingest/gazetteer.ts';
import type { IngestContext } from '../../../scripts/ingest/pipeline.ts';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const contentDir = join(repoRoot, 'content');

/** The project's real gazetteer, rules and publishers, as the CLI loads them. */
export function loadContext(): IngestContext {
  return {
    furniture: loadFurniture(contentDir),
    matcher: buildMatcher(loadGazetteer(contentDir)),
    candidates: readDataFile(join(contentDir, 'rules', 'entity-candidates.yaml'), entityCandidatesSchema),
    engagements: loadEngagementIds(contentDir),
  };
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
