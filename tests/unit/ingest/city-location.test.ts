import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { cacheRoot, citiesDigest, checkCitiesOnce } from '../../../scripts/ingest/cities-checked.ts';
import { cityLocationWarnings, TOLERANCE_KM } from '../../../scripts/ingest/city-location.ts';
import { loadCountryShapes } from '../../../scripts/ingest/country-shapes.ts';
import { distanceToShape } from '../../../scripts/ingest/distance-to-shape.ts';
import { citiesOf, readGazetteer, type PlacedEntry } from '../../../scripts/ingest/gazetteer.ts';
import type { City } from '../../../src/schemas/gazetteer.ts';
import { assertDataFileError, contentDir, repoRoot } from './context.ts';

const root = mkdtempSync(join(tmpdir(), 'city-location-'));
after(() => rmSync(root, { recursive: true, force: true }));

const countries = loadCountryShapes();

const city = (id: string, name: string, country: string, coordinates: string): string =>
  `- id: ${id}\n  kind: city\n  name: { id: "${name}", en: "${name}" }\n  country: ${country}\n  coordinates: ${coordinates}\n`;

const JAKARTA = city('jakarta', 'Jakarta', 'ID', '[106.8456, -6.2088]');

/** A gazetteer of these cities, read as the ingest reads it; `file` as messages name it. */
function gazetteer(...cities: string[]): { cities: PlacedEntry<City>[]; file: string } {
  const dir = mkdtempSync(join(root, 'content-'));
  mkdirSync(join(dir, 'gazetteer'));
  const file = join(dir, 'gazetteer', 'cities.yaml');
  writeFileSync(file, cities.join('\n'));
  writeFileSync(join(dir, 'gazetteer', 'organisations.yaml'), '[]\n');
  return { cities: citiesOf(readGazetteer(dir)), file: relative(process.cwd(), file) };
}

describe('a city’s coordinates against its country', () => {
  it('refuses latitude and longitude written the other way round, at the line of the coordinates, naming where they put the city and what to write', () => {
    const { cities, file } = gazetteer(JAKARTA, city('casablanca', 'Casablanca', 'MA', '[33.5731, -7.5898]'));
    assertDataFileError(
      () => cityLocationWarnings(cities, countries),
      `${file}:11: coordinates: [33.5731, -7.5898] puts Casablanca in Tanzania (TZ), not Morocco (MA): the latitude is written first, and coordinates are [longitude, latitude] — write [-7.5898, 33.5731]`,
    );
  });

  it('refuses a swapped pair that puts the city in no country, saying so', () => {
    const { cities, file } = gazetteer(city('berlin', 'Berlin', 'DE', '[52.52, 13.405]'));
    assertDataFileError(
      () => cityLocationWarnings(cities, countries),
      `${file}:5: coordinates: [52.52, 13.405] puts Berlin in no country the atlas draws, not Germany (DE): the latitude is written first, and coordinates are [longitude, latitude] — write [13.405, 52.52]`,
    );
  });

  it('names every swapped city in one error, each at its line, as a list pasted from a web map is swapped throughout', () => {
    const { cities, file } = gazetteer(city('casablanca', 'Casablanca', 'MA', '[33.5731, -7.5898]'), JAKARTA, city('berlin', 'Berlin', 'DE', '[52.52, 13.405]'));
    assertDataFileError(
      () => cityLocationWarnings(cities, countries),
      [
        `${file}:5: coordinates: [33.5731, -7.5898] puts Casablanca in Tanzania (TZ), not Morocco (MA): the latitude is written first, and coordinates are [longitude, latitude] — write [-7.5898, 33.5731]`,
        `${file}:17: coordinates: [52.52, 13.405] puts Berlin in no country the atlas draws, not Germany (DE): the latitude is written first, and coordinates are [longitude, latitude] — write [13.405, 52.52]`,
      ].join('\n'),
    );
  });

  it('warns of a city in another country whose coordinates are not swapped, with how far it is from its own', () => {
    const { cities, file } = gazetteer(JAKARTA, city('berlin', 'Berlin', 'DE', '[2.3522, 48.8566]'));
    assert.deepEqual(cityLocationWarnings(cities, countries), [
      `${file}:11: coordinates: [2.3522, 48.8566] puts Berlin in France (FR), 298 km from Germany (DE) — correct the coordinates ([longitude, latitude]) or the \`country\`; if both are right, the atlas draws this border elsewhere: add \`outsideAtlasBorders: true\` to the city, and the map shows it at its coordinates`,
    ]);
  });

  it('takes a city’s word that it lies outside the atlas’s borders, but still refuses it swapped', () => {
    const outside = (entry: string): string => `${entry}  outsideAtlasBorders: true\n`;
    // Melilla, Spanish, is drawn inside Morocco at 1:50m.
    const melilla = city('melilla', 'Melilla', 'ES', '[-2.9381, 35.2923]');
    assert.match(cityLocationWarnings(gazetteer(melilla).cities, countries)[0] ?? '', /puts Melilla in Morocco \(MA\), \d+ km from Spain \(ES\)/);
    assert.deepEqual(cityLocationWarnings(gazetteer(outside(melilla)).cities, countries), []);
    const { cities, file } = gazetteer(outside(city('madrid', 'Madrid', 'ES', '[40.4168, -3.7038]')));
    assertDataFileError(() => cityLocationWarnings(cities, countries), new RegExp(`^${file}:5: coordinates: \\[40\\.4168, -3\\.7038\\] puts Madrid in .+, not Spain \\(ES\\): the latitude is written first`));
  });

  it('names a country the atlas gives no ISO code by the atlas’s name', () => {
    // Hargeisa: Somalia's in ISO 3166-1, Somaliland's on Natural Earth's map.
    const { cities } = gazetteer(city('hargeisa', 'Hargeisa', 'SO', '[44.065, 9.56]'));
    assert.match(cityLocationWarnings(cities, countries)[0] ?? '', /puts Hargeisa in Somaliland, \d+ km from Somalia \(SO\)/);
  });

  it('passes the project’s gazetteer as it is, without a warning', () => {
    const cities = citiesOf(readGazetteer(contentDir));
    assert.ok(cities.length >= 20, `only ${cities.length} cities`);
    assert.deepEqual(cityLocationWarnings(cities, countries), []);
  });

  it('passes a coastal city whose point the atlas’s coast leaves in the sea', () => {
    const coastal = { 'new-york': ['US', -74.006, 40.7128], 'rio-de-janeiro': ['BR', -43.1729, -22.9068], venice: ['IT', 12.3155, 45.4408], monaco: ['MC', 7.4246, 43.7384] } as const;
    for (const [id, [country, longitude, latitude]] of Object.entries(coastal)) {
      const distance = distanceToShape(countries.of(country)!.shape, [longitude, latitude]);
      assert.ok(distance > 0 && distance < TOLERANCE_KM / 5, `${id} is ${distance} km from its country's shape`);
    }
    const { cities } = gazetteer(...Object.entries(coastal).map(([id, [country, longitude, latitude]]) => city(id, id, country, `[${longitude}, ${latitude}]`)));
    assert.deepEqual(cityLocationWarnings(cities, countries), []);
  });

  it('does not check a city in a country the atlas has no shape for', () => {
    // Tuvalu is too small for the 1:50m atlas; Kosovo's shape there has no ISO code (XK is user-assigned).
    assert.equal(countries.of('TV'), undefined);
    assert.equal(countries.of('XK'), undefined);
    const { cities, file } = gazetteer(
      city('funafuti', 'Funafuti', 'TV', '[2.3522, 48.8566]'),
      city('pristina', 'Pristina', 'XK', '[20.4573, 44.787]'),
      city('berlin', 'Berlin', 'DE', '[2.3522, 48.8566]'),
    );
    assert.deepEqual(
      cityLocationWarnings(cities, countries).map((warning) => warning.slice(0, warning.indexOf(' puts'))),
      [`${file}:17: coordinates: [2.3522, 48.8566]`],
    );
  });
});

describe('the check of the cities, once', () => {
  const swapped = gazetteer(city('casablanca', 'Casablanca', 'MA', '[33.5731, -7.5898]')).cities;
  const elsewhere = gazetteer(city('berlin', 'Berlin', 'DE', '[2.3522, 48.8566]')).cities;
  const passedFile = (): string => join(mkdtempSync(join(root, 'passed-')), 'cities-passed');

  it('keeps the digest of cities that pass, and checks them again once they, or the code, changed', async () => {
    const { cities } = gazetteer(JAKARTA);
    const passed = passedFile();
    assert.deepEqual(await checkCitiesOnce(cities, 'code', passed), []);
    assert.equal(readFileSync(passed, 'utf8'), citiesDigest(cities, 'code'));
    await assert.rejects(checkCitiesOnce(swapped, 'code', passed), { name: 'DataFileError' });
    writeFileSync(passed, citiesDigest(swapped, 'code'));
    assert.deepEqual(await checkCitiesOnce(swapped, 'code', passed), [], 'not checked again while these are the cities that passed');
    await assert.rejects(checkCitiesOnce(swapped, 'other code', passed), { name: 'DataFileError' });
  });

  it('keeps its digest under $CACHE_DIR when that names a folder, as find-cache-dir reads it, else in node_modules/.cache', () => {
    assert.equal(cacheRoot('/var/cache/ci'), '/var/cache/ci');
    for (const flag of [undefined, '', 'true', 'false', '1', '0']) assert.equal(cacheRoot(flag), join(repoRoot, 'node_modules', '.cache'), String(flag));
  });

  it('keeps no digest of cities with warnings, so that they are checked and told again', async () => {
    const passed = passedFile();
    assert.equal((await checkCitiesOnce(elsewhere, 'code', passed)).length, 1);
    assert.equal((await checkCitiesOnce(elsewhere, 'code', passed)).length, 1);
    assert.equal(existsSync(passed), false);
  });

  it('digests what the check rests on: a city’s country and its coordinates', () => {
    const [berlin] = elsewhere;
    const digest = citiesDigest(elsewhere, 'code');
    assert.notEqual(citiesDigest([{ ...berlin!, entry: { ...berlin!.entry, coordinates: [13.405, 52.52] } }], 'code'), digest);
    assert.notEqual(citiesDigest([{ ...berlin!, entry: { ...berlin!.entry, country: 'FR' } }], 'code'), digest);
    assert.notEqual(citiesDigest([{ ...berlin!, entry: { ...berlin!.entry, outsideAtlasBorders: true } }], 'code'), digest);
  });
});
