import type { Lang } from '../../i18n/index.ts';
import { round } from '../round.ts';
import { labelText } from '../short-label.ts';
import { FONT_SIZE } from './label-font.ts';
import type { GraphNode } from './model.ts';
import { numberedRequests, type NumberKey } from './number-key.ts';
import { placeLabels, type LabelRequest } from './place-labels.ts';
import type { WorldMap } from './world-map.ts';

/** The radii of a partner city's dot and of the centre's, in the map's units. */
export const DOT_RADIUS = 4;
export const CENTRE_RADIUS = 6;

/**
 * The printed names' size in the map's units. Both pictures print the page's width: the map at
 * ~0.18 mm a unit, the seed network at ~0.24, so these come out near the network's 11 units.
 */
export const PRINT_FONT_SIZE = 14;

/** A name or number on the printed map, where its text starts. */
export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Names for the printed map, which cannot show a city's card on hover: each city's name where it
 * has room, else its number from the `key` (`numbered`: those cities' ids). Without a key, the
 * cities whose names have no room, for {@link numberKey}. The map's points are scaled so that the
 * labels' font is the placement's.
 */
export function labelMap(map: WorldMap, lang: Lang, key?: NumberKey): { labels: MapLabel[]; unnamed: GraphNode[]; numbered: string[] } {
  const scale = FONT_SIZE / PRINT_FONT_SIZE;
  // The centre first, over the lines that meet at it; then the cities with the most events.
  const centre = map.centre ? [{ ...map.centre, r: CENTRE_RADIUS, priority: Number.MAX_SAFE_INTEGER, overMarks: Infinity }] : [];
  const cities = [...centre, ...map.cities.map((c) => ({ ...c, r: DOT_RADIUS, priority: c.node.events.length }))];
  const requests: LabelRequest[] = cities.map(({ node, x, y, r, priority, ...rest }) => ({
    id: node.id,
    text: labelText(node, lang),
    at: { x: x * scale, y: y * scale },
    r: r * scale,
    priority,
    ...('overMarks' in rest ? { overMarks: rest.overMarks } : {}),
  }));
  const first = placeLabels(requests, requests);
  const named = new Set(first.filter((p) => p.zoom === 1).map((p) => p.id));
  const numbered = key ? numberedRequests(requests, first, key) : undefined;
  // A number may cover a dot where nothing else frees it: two digits over a crowd of cities.
  const final = numbered ? numbered.requests.map((q) => (numbered.numbers.has(q.id) ? { ...q, overMarks: Infinity } : q)) : requests;
  const placed = numbered ? placeLabels(final, requests) : first;
  const texts = new Map(final.map((q) => [q.id, q.text]));
  return {
    labels: placed.map((p) => ({
      id: p.id,
      text: texts.get(p.id) ?? '',
      x: round((p.x + p.dx) / scale, 1),
      y: round((p.y + p.dy) / scale, 1),
      anchor: p.anchor,
    })),
    unnamed: cities.filter(({ node }) => !named.has(node.id)).map(({ node }) => node),
    numbered: [...(numbered?.numbers.keys() ?? [])],
  };
}
