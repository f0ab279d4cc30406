import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { City } from '../../src/schemas/gazetteer.ts';
import type { PlacedEntry } from './gazetteer.ts';

/**
 * Where the digest of the cities that last passed is kept: in the system's temporary folder, as
 * V8's code cache is, so that every run on the machine shares it, whatever its `--cache`, its
 * `ASTRO_CACHE_DIR` (the benchmark's is new for each corpus) or `--no-cache`.
 */
const PASSED_FILE = join(tmpdir(), 'jakarta-city-diplomacy', 'cities-passed');

/**
 * What the check's verdict rests on: its code, which the ingest's fingerprint covers with the
 * lockfile (so the atlas's version too), and each city's country and coordinates; a city's name
 * and line only word a message.
 */
export const citiesDigest = (cities: readonly PlacedEntry<City>[], fingerprint: string): string =>
  createHash('sha256')
    .update(fingerprint)
    .update(JSON.stringify(cities.map(({ entry }) => [entry.country, entry.coordinates])))
    .digest('hex');

const passedBefore = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The check of each city's coordinates against its country (city-location.ts), unless these very
 * cities passed it last time: loading the atlas and checking cost ~90 ms, a third of an ingest of
 * a few sources, while the cities seldom change. Cities with warnings are checked again on every
 * run, so that their warnings stay in the summary, as the others do, until they are dealt with.
 */
export async function checkCitiesOnce(cities: readonly PlacedEntry<City>[], fingerprint: string, passedFile: string = PASSED_FILE): Promise<string[]> {
  const digest = citiesDigest(cities, fingerprint);
  if (passedBefore(passedFile) === digest) return [];
  // Imported here, not above: d3-geo and the atlas are for a run whose cities changed.
  const [{ cityLocationWarnings }, { loadCountryShapes }] = await Promise.all([import('./city-location.ts'), import('./country-shapes.ts')]);
  const warnings = cityLocationWarnings(cities, loadCountryShapes());
  if (warnings.length > 0) return warnings;
  try {
    mkdirSync(dirname(passedFile), { recursive: true });
    writeFileSync(passedFile, digest);
  } catch {
    // A folder this run may not write to costs the next run the check, not this one its articles.
  }
  return [];
}
