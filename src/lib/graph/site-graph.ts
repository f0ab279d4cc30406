import type { Links } from '../urls.ts';
import { loadSiteData } from '../data.ts';
import { layoutGraph, type Layout } from './layout-graph.ts';
import { buildGraph, type Graph, type GraphNode } from './model.ts';
import { MAX_DRAWN_NODES, mostConnected } from './most-connected.ts';

export interface SiteGraph {
  /** The whole network, for the data files and the small multiples. */
  graph: Graph;
  /** What the network page, the archive and the map draw, and its layout. */
  drawn: Graph;
  layout: Layout;
}

let cached: Promise<SiteGraph> | undefined;

/** The site's one graph and its layout, computed once per build for every page that draws it. */
export function loadSiteGraph(): Promise<SiteGraph> {
  cached ??= loadSiteData().then(({ entities, engagements, articleInputs }) => {
    const graph = buildGraph({ entities, engagements, articles: articleInputs });
    const drawn = mostConnected(graph, MAX_DRAWN_NODES);
    return { graph, drawn, layout: layoutGraph(drawn) };
  });
  return cached;
}

/** The page a node stands for. */
export function nodeHref(node: GraphNode, links: Links): string {
  return node.type === 'city' || node.type === 'organisation' ? links.entity(node.type, node.id) : links.entry(node.type, node.id);
}
