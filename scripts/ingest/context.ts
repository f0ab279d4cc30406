import { join } from 'node:path';
import type { City } from '../../src/schemas/gazetteer.ts';
import { entityCandidatesSchema } from '../../src/schemas/entity-candidates.ts';
import { readDataFile, shownPath } from './data-file.ts';
import { requireOnly } from './data-folder.ts';
import type { EngagementFile } from './engagement-sources.ts';
import { loadEngagements } from './engagements.ts';
import { GENERIC_RULES, loadFurniture } from './furniture.ts';
import { buildMatcher, citiesOf, readGazetteer, type PlacedEntry } from './gazetteer.ts';
import type { IngestContext } from './pipeline.ts';

const ENTITY_CANDIDATES = 'entity-candidates.yaml';

/**
 * Everything the ingest reads besides the sources: rules, publishers, gazetteer, engagement ids
 * (the context every thread ingests with), the engagements themselves, whose sources are
 * checked against the articles once they are ingested, and the gazetteer's cities, whose
 * coordinates are checked against their countries when they change (cities-checked.ts).
 */
export function loadIngestData(contentDir: string): { context: IngestContext; engagements: EngagementFile[]; cities: PlacedEntry<City>[] } {
  const placed = readGazetteer(contentDir);
  const gazetteer = placed.map(({ entry }) => entry);
  const engagements = loadEngagements(contentDir, new Set(gazetteer.map((entry) => entry.id)));
  const context: IngestContext = {
    furniture: loadFurniture(contentDir),
    matcher: buildMatcher(gazetteer),
    candidates: readDataFile(join(contentDir, 'rules', ENTITY_CANDIDATES), entityCandidatesSchema),
    engagements: new Set(engagements.map((engagement) => engagement.id)),
  };
  requireOnly(join(contentDir, 'rules'), [GENERIC_RULES, ENTITY_CANDIDATES], `a publisher’s rules go in ${shownPath(join(contentDir, 'publishers'))}/<publisher id>.yaml, and rules for every publisher in generic.yaml`);
  return { context, engagements, cities: citiesOf(placed) };
}

export const loadIngestContext = (contentDir: string): IngestContext => loadIngestData(contentDir).context;
