import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_CITY } from '../../src/lib/home-city.ts';
import { parseYaml } from '../ingest/yaml.ts';
import type { Vocabulary } from './synthetic-corpus.ts';

interface NamedEntry {
  id: string;
  name: { id: string };
}

const entries = (file: string): NamedEntry[] => parseYaml(readFileSync(file, 'utf8')) as NamedEntry[];
const names = (list: readonly NamedEntry[]): string[] => list.map((e) => e.name.id);

/**
 * Gazetteer names and engagement ids of the content folder, for the synthetic corpus. Its cities
 * are partners, so not the home city: "Jakarta dan Jakarta" is no title a source would give.
 */
export function loadVocabulary(contentDir: string): Vocabulary {
  return {
    cities: names(entries(join(contentDir, 'gazetteer', 'cities.yaml')).filter((e) => e.id !== HOME_CITY)),
    organisations: names(entries(join(contentDir, 'gazetteer', 'organisations.yaml'))),
    engagements: readdirSync(join(contentDir, 'engagements'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => f.slice(0, -'.yaml'.length)),
  };
}
