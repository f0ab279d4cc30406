import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/*
 * world-atlas's TopoJSON, as both its scales lay it out: the map draws the 1:110m file and the
 * small countries only the 1:50m one has; the ingest checks the gazetteer's cities against the
 * 1:50m. A JSON import's types widen every "type" to string: parsing gives back the literals
 * topojson-client reads.
 */

const arcIndexes = z.array(z.number().int());

/** A collection of polygons, each with the fields given (a country's code and name; nothing for land). */
const shapes = <Fields extends z.ZodRawShape>(fields: Fields) =>
  z.strictObject({
    type: z.literal('GeometryCollection'),
    geometries: z.array(
      z.discriminatedUnion('type', [
        z.object({ ...fields, type: z.literal('Polygon'), arcs: z.array(arcIndexes) }),
        z.object({ ...fields, type: z.literal('MultiPolygon'), arcs: z.array(z.array(arcIndexes)) }),
      ]),
    ),
  });

const isPosition = (position: unknown): boolean => Array.isArray(position) && position.length === 2 && position.every((n) => typeof n === 'number');
const pair = z.tuple([z.number(), z.number()]);

export const atlasTopologySchema = z.object({
  type: z.literal('Topology'),
  objects: z.object({
    // The atlas gives a shape no ISO numeric code where ISO has none (Somaliland, Kosovo, N. Cyprus).
    countries: shapes({ id: z.string().optional(), properties: z.object({ name: z.string() }) }),
    land: shapes({}),
  }),
  // Checked by hand: zod took 85 ms over the 1:50m atlas's 80,000 positions, this takes ~2.
  arcs: z.custom<[number, number][][]>((arcs) => Array.isArray(arcs) && arcs.every((arc) => Array.isArray(arc) && arc.every(isPosition)), 'arcs of [x, y] positions'),
  transform: z.strictObject({ scale: pair, translate: pair }),
});

export type AtlasTopology = z.infer<typeof atlasTopologySchema>;

/** One of the atlas's countries: one or more polygons with its code and name. */
export type AtlasCountry = AtlasTopology['objects']['countries']['geometries'][number];

/**
 * What a country's shapes go by: its ISO 3166-1 numeric code, under which the atlas may give a
 * country several (Australia's mainland, Ashmore and Cartier), or its name where ISO gives none
 * (Somaliland, Kosovo, N. Cyprus, Christmas and the Cocos Islands as "Indian Ocean Ter.").
 */
export const countryKey = (country: AtlasCountry): string => country.id ?? `name:${country.properties.name}`;

/**
 * One of world-atlas's files, read from node_modules and checked. Read, not imported: Vite would
 * bundle the 1:50m file's 750 KB into the build's server code, a quarter of a second on every build.
 */
export const readAtlas = (file: 'countries-110m.json' | 'countries-50m.json'): AtlasTopology =>
  atlasTopologySchema.parse(JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`world-atlas/${file}`)), 'utf8')));
