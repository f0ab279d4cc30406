import { join } from 'node:path';
import { entityCandidatesSchema } from '../../src/schemas/entity-candidates.ts';
import { readDataFile } from './data-file.ts';
import { loadEngagementIds } from './engagements.ts';
import { loadFurniture } from './furniture.ts';
import { buildMatcher, loadGazetteer } from './gazetteer.ts';
import type { IngestContext } from './pipeline.ts';

/** Everything the ingest reads besides the sources: rules, publishers, gazetteer, engagement ids. */
export function loadIngestContext(contentDir: string): IngestContext {
  const gazetteer = loadGazetteer(contentDir);
  return {
    furniture: loadFurniture(contentDir),
    matcher: buildMatcher(gazetteer),
    candidates: readDataFile(join(contentDir, 'rules', 'entity-candidates.yaml'), entityCandidatesSchema),
    engagements: loadEngagementIds(contentDir, new Set(gazetteer.map((entry) => entry.id))),
  };
}
