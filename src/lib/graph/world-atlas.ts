import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { atlasTopologySchema } from './atlas-topology.ts';
import { drawWorldBase, type WorldBase } from './world-map.ts';

let base: WorldBase | undefined;

/** Graticule, land and borders of world-atlas's 1:110m countries, projected once per build for every map and card. */
export const worldBase = (): WorldBase => (base ??= drawWorldBase(atlasTopologySchema.parse(world)));
