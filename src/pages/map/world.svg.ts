import type { APIRoute } from 'astro';
import world from 'world-atlas/countries-110m.json';
import { drawWorldBase, worldBaseSvg, type World } from '../../lib/graph/world-map.ts';

/** The world map's graticule, land and borders, which every map page shows through `<use>`. */
export const GET: APIRoute = () =>
  new Response(worldBaseSvg(drawWorldBase(world as unknown as World)), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
