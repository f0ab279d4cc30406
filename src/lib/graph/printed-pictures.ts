import type { Lang } from '../../i18n/index.ts';
import { drawGraph, unnamedPartners, type Drawing } from './drawing.ts';
import type { Layout } from './layout-graph.ts';
import { labelMap, type MapLabel } from './map-labels.ts';
import type { Graph } from './model.ts';
import { keyPart, numberKey, type NumberKey } from './number-key.ts';
import { partnerMap } from './world-map.ts';

/**
 * The archive's network and the names on its map, pictures that cannot zoom or show a card: a name
 * with no room in either is numbered from one key for both, which needs both pictures' first
 * placements before either is labelled. The map prints a page after the key, so it repeats the
 * part of the key it uses (`mapNumbers`).
 */
export function printedPictures(
  graph: Graph,
  layout: Layout,
  lang: Lang,
): { numbers: NumberKey; drawing: Drawing; mapNames: MapLabel[]; mapNumbers: NumberKey } {
  const map = partnerMap(graph);
  const numbers = numberKey([...unnamedPartners(drawGraph(graph, lang, { layout })), ...labelMap(map, lang).unnamed], lang);
  const named = labelMap(map, lang, numbers);
  return { numbers, drawing: drawGraph(graph, lang, { layout, key: numbers }), mapNames: named.labels, mapNumbers: keyPart(numbers, named.numbered) };
}
