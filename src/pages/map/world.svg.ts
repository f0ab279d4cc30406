import type { APIRoute } from 'astro';
import { worldBase } from '../../lib/graph/world-atlas.ts';
import { worldBaseSvg } from '../../lib/graph/world-map.ts';

/** The world map's graticule, land and borders, which every map page shows through `<use>`. */
export const GET: APIRoute = () =>
  new Response(worldBaseSvg(worldBase()), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
