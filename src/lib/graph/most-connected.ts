import { isEvent, type Graph, type GraphNode } from './model.ts';

/**
 * The part of a large graph worth drawing: the centre and then the best-connected nodes, up to
 * `max`, with the edges between them. Measured in the browser (scripts/bench/graph-scale.ts), an
 * SVG of 2,000 nodes takes about 100 ms per zoom frame; a few hundred stay fluid, and the page's
 * edge table stays readable. Nodes keep the measures of the whole graph, and the data files always
 * hold all of it.
 */
export function mostConnected(graph: Graph, max: number, centre = 'jakarta'): Graph {
  if (graph.nodes.length <= max) return graph;
  const rank = (n: GraphNode) => (n.id === centre ? 2 : isEvent(n) ? 1 : 0);
  const kept = new Set(
    [...graph.nodes]
      .sort((a, b) => rank(b) - rank(a) || b.degree - a.degree || a.id.localeCompare(b.id))
      .slice(0, max)
      .map((n) => n.id),
  );
  return {
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}
