import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { loadGazetteer } from '../../../scripts/ingest/gazetteer.ts';
import { parseYaml } from '../../../scripts/ingest/yaml.ts';
import { indexEntities } from '../../../src/lib/entities.ts';
import type { GraphInput } from '../../../src/lib/graph/model.ts';
import { engagementSchema } from '../../../src/schemas/engagement.ts';
import { contentDir, loadContext } from '../ingest/context.ts';

/** The graph's input as the site loads it: the gazetteer, the engagements and the seeds, ingested. */
export function seedGraphInput(): GraphInput {
  const context = loadContext();
  const engagementsDir = join(contentDir, 'engagements');
  const sourcesDir = join(contentDir, 'sources');
  return {
    entities: indexEntities(loadGazetteer(contentDir)),
    engagements: readdirSync(engagementsDir)
      .sort()
      .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: engagementSchema.parse(parseYaml(readFileSync(join(engagementsDir, file), 'utf8'))) })),
    articles: readdirSync(sourcesDir)
      .sort()
      .map((file) => ({ id: '', data: ingestSource(file, readFileSync(join(sourcesDir, file)), context).article }))
      .map(({ data }) => ({ id: data.id, data })),
  };
}
