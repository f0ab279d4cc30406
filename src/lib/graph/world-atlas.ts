import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { z } from 'zod';
import { drawWorldBase, type WorldBase } from './world-map.ts';

// A JSON import's types widen every "type" to string: parsing gives back the literals topojson reads.
const arcIndexes = z.array(z.number().int());
const shapes = z.strictObject({
  type: z.literal('GeometryCollection'),
  geometries: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('Polygon'), arcs: z.array(arcIndexes) }),
      z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(arcIndexes)) }),
    ]),
  ),
});
const pair = z.tuple([z.number(), z.number()]);
const worldSchema = z.object({
  type: z.literal('Topology'),
  objects: z.object({ countries: shapes, land: shapes }),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.strictObject({ scale: pair, translate: pair }),
});

let base: WorldBase | undefined;

/** Graticule, land and borders of world-atlas's 1:110m countries, projected once per build for every map and card. */
export const worldBase = (): WorldBase => (base ??= drawWorldBase(worldSchema.parse(world)));
