import { readAtlas } from './atlas-topology.ts';
import { drawWorldBase, type WorldBase } from './world-map.ts';

let base: WorldBase | undefined;

/**
 * Graticule, land and borders of world-atlas's 1:110m countries, with the small countries only its
 * 1:50m has, projected once per build for every map and card.
 */
export const worldBase = (): WorldBase => (base ??= drawWorldBase(readAtlas('countries-110m.json'), readAtlas('countries-50m.json')));
