import { countryName } from '../../src/lib/entities.ts';
import type { City } from '../../src/schemas/gazetteer.ts';
import type { Country, CountryShapes } from './country-shapes.ts';
import { DataFileError, placeAt } from './data-file.ts';
import { distanceToShape } from './distance-to-shape.ts';
import type { PlacedEntry } from './gazetteer.ts';

/*
 * A city's coordinates against its country's shape. An editor copying a point from a web map
 * writes [latitude, longitude]; for most cities that pair is still in range, and the map would
 * draw Casablanca in Tanzania, Moscow in Iran and Chicago in Antarctica without a word.
 */

/**
 * How far outside its country's shape a city may lie. At 1:50m the coast runs up to 3 km from a
 * coastal city's point (Rio de Janeiro's, New York's, Lisbon's, Venice's), and up to ~20 km from an
 * atoll's or a small island's (Tarawa 10.5, Kyrenia 20.6); a swapped pair lands hundreds or
 * thousands of kilometres away. The price: a city given the country across a border less than
 * 25 km away (Singapore as MY) goes unremarked, as does a swapped pair that falls back inside its
 * own country (Alexandria's, Cairo's, near the line where latitude equals longitude).
 */
export const TOLERANCE_KM = 25;

// Made only for a city out of place: the first Intl formatter loads ICU's data, 14 ms of every run's start-up.
let kilometres: Intl.NumberFormat | undefined;

// A point in no shape may be at sea, or on land the atlas gives no country (Gibraltar).
const named = (country: Country | undefined): string =>
  country === undefined ? 'no country the atlas draws' : country.code === undefined ? country.name : `${countryName(country.code, 'en')} (${country.code})`;

/**
 * Warnings for cities whose coordinates lie outside their country, where borders may be the
 * atlas's and not the editor's (Crimea, Somaliland), unless the city says it is outside them;
 * refuses the cities whose coordinates, read the other way round, are in their country, all in one
 * error. A country the atlas has no shape for (Tuvalu, Kosovo, overseas departments such as
 * Réunion) is not checked.
 */
export function cityLocationWarnings(cities: readonly PlacedEntry<City>[], countries: CountryShapes): string[] {
  const warnings: string[] = [];
  // All of them at once: a pasted list is swapped throughout, and each run would otherwise show one.
  const swapped: string[] = [];
  for (const { entry: city, file, index } of cities) {
    const country = countries.of(city.country);
    if (country === undefined) continue;
    const distance = distanceToShape(country.shape, city.coordinates);
    if (distance <= TOLERANCE_KM) continue;
    const [longitude, latitude] = city.coordinates;
    const where = `${placeAt(file, [index, 'coordinates'])}: coordinates: [${longitude}, ${latitude}] puts ${city.name.en} in ${named(countries.at(city.coordinates))}`;
    // Read the other way round, the longitude is a latitude: beyond ±90° it names no point.
    if (Math.abs(longitude) <= 90 && distanceToShape(country.shape, [latitude, longitude]) <= TOLERANCE_KM) {
      swapped.push(`${where}, not ${named(country)}: the latitude is written first, and coordinates are [longitude, latitude] — write [${latitude}, ${longitude}]`);
      continue;
    }
    if (city.outsideAtlasBorders) continue;
    warnings.push(
      `${where}, ${(kilometres ??= new Intl.NumberFormat('en', { maximumFractionDigits: 0 })).format(distance)} km from ${named(country)} — correct the coordinates ([longitude, latitude]) or the \`country\`; if both are right, the atlas draws this border elsewhere: add \`outsideAtlasBorders: true\` to the city, and the map shows it at its coordinates`,
    );
  }
  if (swapped.length > 0) throw new DataFileError(swapped.join('\n'));
  return warnings;
}
