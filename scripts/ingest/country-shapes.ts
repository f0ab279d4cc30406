import { geoContains } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';
import { iso31661NumericToAlpha2 } from 'iso-3166/1-n-to-1-a2.js';
import { feature } from 'topojson-client';
import { getOrCreate } from '../../src/lib/get-or-create.ts';
import { countryKey, readAtlas, type AtlasCountry, type AtlasTopology } from '../../src/lib/graph/atlas-topology.ts';
import type { Point } from './distance-to-shape.ts';

/*
 * The countries of world-atlas's 1:50m Natural Earth shapes, by ISO 3166-1 alpha-2 code. The
 * 1:110m ones lack small countries (Malta, Bahrain, Mauritius) that a partner city may well be in.
 * The atlas names its shapes by ISO 3166-1 numeric code: iso-3166's tables turn the gazetteer's
 * alpha-2 codes into those, and back.
 */

/** A country as the atlas lists it, before its shape is made. */
type Listed = Pick<Country, 'code' | 'name'> & { geometries: AtlasCountry[] };

export interface Country {
  /** ISO 3166-1 alpha-2; absent for a shape the atlas gives no code (Somaliland, Kosovo, N. Cyprus). */
  code?: string | undefined;
  /** As the atlas names it. */
  name: string;
  shape: MultiPolygon;
}

export interface CountryShapes {
  /** The country with this ISO 3166-1 alpha-2 code, undefined where the atlas has no shape for it. */
  of(code: string): Country | undefined;
  /** The country `point` lies in, undefined in the sea. */
  at(point: Point): Country | undefined;
}

/** One shape of a country's polygons, in GeoJSON, for d3-geo to test points against. */
function outline(world: AtlasTopology, geometries: readonly AtlasCountry[]): MultiPolygon {
  // Narrowed first: topojson-client's types give a feature of one kind only for a geometry of one kind.
  const polygons = geometries.flatMap((geometry) =>
    geometry.type === 'Polygon' ? [feature(world, geometry).geometry.coordinates] : feature(world, geometry).geometry.coordinates,
  );
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Reads and checks the atlas; a country's shape is made when first asked for, as the gazetteer names few. */
export function loadCountryShapes(): CountryShapes {
  const world = readAtlas('countries-50m.json');
  const found = new Map<string, Listed>();
  for (const geometry of world.objects.countries.geometries) {
    const code = geometry.id === undefined ? undefined : iso31661NumericToAlpha2[geometry.id];
    getOrCreate(found, countryKey(geometry), () => ({ code, name: geometry.properties.name, geometries: [] })).geometries.push(geometry);
  }
  const made = new Map<string, Country>();
  const country = (key: string, { code, name, geometries }: Listed): Country =>
    getOrCreate(made, key, () => ({ code, name, shape: outline(world, geometries) }));
  return {
    of(code) {
      // A code the atlas lists no shape under (Kosovo's XK has no numeric code) finds none.
      const key = iso31661Alpha2ToNumeric[code] ?? '';
      const entry = found.get(key);
      return entry && country(key, entry);
    },
    at(point) {
      for (const [key, entry] of found) {
        const candidate = country(key, entry);
        if (geoContains(candidate.shape, [...point])) return candidate;
      }
      return undefined;
    },
  };
}
