import world from 'world-atlas/countries-110m.json';
import { drawWorldBase, type World, type WorldBase } from './world-map.ts';

let base: WorldBase | undefined;

/** Graticule, land and borders of world-atlas's 1:110m countries, projected once per build for every map and card. */
export const worldBase = (): WorldBase => (base ??= drawWorldBase(world as unknown as World));
