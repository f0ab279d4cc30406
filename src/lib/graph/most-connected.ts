import { byCodeUnits } from '../code-unit-order.ts';
import { HOME_CITY } from '../home-city.ts';
import type { Graph, GraphNode } from './model.ts';
import { isEvent } from './node-events.ts';

/**
 * How many nodes the network page draws; beyond it the data files carry the rest. Every drawn
 * article brings a line and an edge-table row per partner it names (~18): at 250 nodes a large
 * corpus drew 4,600 lines and a 2.6 MB page, at 150 about half that.
 */
export const MAX_DRAWN_NODES = 150;

/**
 * The part of a large graph worth drawing, up to `max` nodes with the edges between them: the
 * centre, the engagements, then the cities and organisations (the network's subject, bounded by
 * the gazetteer), each best-connected first; stand-alone articles fill what room is left. Ranking
 * every event first would, past a few hundred articles, draw a star of articles around Jakarta and
 * no partner at all. Measured in the browser (scripts/bench/graph-scale.ts), an SVG of 2,000 nodes
 * takes about 100 ms per zoom frame; a few hundred stay fluid, and the page's edge table stays
 * readable. Nodes keep the measures of the whole graph, and the data files always hold all of it.
 */
export function mostConnected(graph: Graph, max: number): Graph {
  if (graph.nodes.length <= max) return graph;
  const rank = (n: GraphNode) => (n.id === HOME_CITY ? 3 : n.type === 'engagement' ? 2 : isEvent(n) ? 0 : 1);
  const kept = new Set(
    [...graph.nodes]
      .sort((a, b) => rank(b) - rank(a) || b.degree - a.degree || byCodeUnits(a.id, b.id))
      .slice(0, max)
      .map((n) => n.id),
  );
  return {
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}
