import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../ingest/yaml.ts';
import type { Vocabulary } from './synthetic-corpus.ts';

interface NamedEntry {
  name: { id: string };
}

const names = (file: string): string[] => (parseYaml(readFileSync(file, 'utf8')) as NamedEntry[]).map((e) => e.name.id);

/** Gazetteer names and engagement ids of the content folder, for the synthetic corpus. */
export function loadVocabulary(contentDir: string): Vocabulary {
  return {
    cities: names(join(contentDir, 'gazetteer', 'cities.yaml')),
    organisations: names(join(contentDir, 'gazetteer', 'organisations.yaml')),
    engagements: readdirSync(join(contentDir, 'engagements'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => f.slice(0, -'.yaml'.length)),
  };
}
