import { worldBase } from './graph/world-atlas.ts';
import type { GraphNode } from './graph/model.ts';
import { drawWorldMap } from './graph/world-map.ts';
import { pngResponse } from './png-response.ts';
import { shareCardSvg, type ShareCardText } from './share-card.ts';

/** A share card as the PNG its route serves: the text above the map of `cities`, `place` marked. */
export const shareCardPng = (text: ShareCardText, cities: readonly GraphNode[], place?: string): Promise<Response> =>
  pngResponse(shareCardSvg(text, worldBase(), drawWorldMap(cities), place));
