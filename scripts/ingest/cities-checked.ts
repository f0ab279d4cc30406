import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { City } from '../../src/schemas/gazetteer.ts';
import type { PlacedEntry } from './gazetteer.ts';

/**
 * Where the digest of the cities that last passed is kept: in this clone's node_modules/.cache,
 * where tools keep what they can rebuild, or under `$CACHE_DIR` as those tools honour it, so that
 * every run of the clone shares it, whatever its `--cache`, its `ASTRO_CACHE_DIR` (the benchmark's
 * is new for each corpus) or `--no-cache`; and no other user's, as a shared temporary folder would
 * be. Deleting it has the next run check again.
 */
const passedFile = (): string => join(cacheRoot(process.env['CACHE_DIR']), 'jakarta-city-diplomacy', 'cities-passed');

/** `$CACHE_DIR` as find-cache-dir reads it: a flag's value (`true`, `1`, …) names no folder. */
export const cacheRoot = (cacheDir: string | undefined): string =>
  cacheDir && !['true', 'false', '1', '0'].includes(cacheDir) ? cacheDir : join(import.meta.dirname, '..', '..', 'node_modules', '.cache');

/**
 * What the check's verdict rests on: its code, which the ingest's fingerprint covers with the
 * lockfile (so the atlas's version too), and each city's country, coordinates and whether it is
 * said to lie outside the atlas's borders; a city's name and line only word a message.
 */
export const citiesDigest = (cities: readonly PlacedEntry<City>[], fingerprint: string): string =>
  createHash('sha256')
    .update(fingerprint)
    .update(JSON.stringify(cities.map(({ entry }) => [entry.country, entry.coordinates, entry.outsideAtlasBorders ?? false])))
    .digest('hex');

/** The digest last written, if the file is one: anything else there (a folder, a pipe) is no record. */
const passedBefore = (file: string): string | undefined => {
  try {
    return lstatSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
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
export async function checkCitiesOnce(cities: readonly PlacedEntry<City>[], fingerprint: string, passed: string = passedFile()): Promise<string[]> {
  const digest = citiesDigest(cities, fingerprint);
  if (passedBefore(passed) === digest) return [];
  // Imported here, not above: d3-geo and the atlas are for a run whose cities changed.
  const [{ cityLocationWarnings }, { loadCountryShapes }] = await Promise.all([import('./city-location.ts'), import('./country-shapes.ts')]);
  const warnings = cityLocationWarnings(cities, loadCountryShapes());
  if (warnings.length > 0) return warnings;
  try {
    mkdirSync(dirname(passed), { recursive: true });
    // Written beside and renamed over: a run reading it meanwhile sees the old digest or the new one.
    const written = `${passed}.${process.pid}`;
    writeFileSync(written, digest);
    renameSync(written, passed);
  } catch {
    // A folder this run may not write to costs the next run the check, not this one its articles.
  }
  return [];
}
