import { join } from 'node:path';
import { entityCandidatesSchema } from '../../src/schemas/entity-candidates.ts';
import { readDataFile, shownPath } from './data-file.ts';
import { requireOnly } from './data-folder.ts';
import type { EngagementFile } from './engagement-sources.ts';
import { loadEngagements } from './engagements.ts';
import { GENERIC_RULES, loadFurniture } from './furniture.ts';
import { buildMatcher, loadGazetteer } from './gazetteer.ts';
import type { IngestContext } from './pipeline.ts';

const ENTITY_CANDIDATES = 'entity-candidates.yaml';

/**
 * Everything the ingest reads besides the sources: rules, publishers, gazetteer, engagement ids
 * (the context every thread ingests with), and the engagements themselves, whose sources are
 * checked against the articles once they are ingested.
 */
export function loadIngestData(contentDir: string): { context: IngestContext; engagements: EngagementFile[] } {
  const gazetteer = loadGazetteer(contentDir);
  const engagements = loadEngagements(contentDir, new Set(gazetteer.map((entry) => entry.id)));
  const context: IngestContext = {
    furniture: loadFurniture(contentDir),
    matcher: buildMatcher(gazetteer),
    candidates: readDataFile(join(contentDir, 'rules', ENTITY_CANDIDATES), entityCandidatesSchema),
    engagements: new Set(engagements.map((engagement) => engagement.id)),
  };
  requireOnly(join(contentDir, 'rules'), [GENERIC_RULES, ENTITY_CANDIDATES], `a publisher’s rules go in ${shownPath(join(contentDir, 'publishers'))}/<publisher id>.yaml, and rules for every publisher in generic.yaml`);
  return { context, engagements };
}

export const loadIngestContext = (contentDir: string): IngestContext => loadIngestData(contentDir).context;
