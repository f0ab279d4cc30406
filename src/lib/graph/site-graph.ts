import type { Links } from '../urls.ts';
import { loadSiteData } from '../data.ts';
import { layoutGraph, type Layout } from './layout-graph.ts';
import { buildGraph, type Graph, type GraphNode } from './model.ts';

let cached: Promise<{ graph: Graph; layout: Layout }> | undefined;

/** The site's one graph and its layout, computed once per build for every page that draws it. */
export function loadSiteGraph(): Promise<{ graph: Graph; layout: Layout }> {
  cached ??= loadSiteData().then(({ entities, engagements, articleInputs }) => {
    const graph = buildGraph({ entities, engagements, articles: articleInputs });
    return { graph, layout: layoutGraph(graph) };
  });
  return cached;
}

/** The page a node stands for. */
export function nodeHref(node: GraphNode, links: Links): string {
  switch (node.type) {
    case 'engagement':
      return links.engagement(node.id);
    case 'article':
      return links.article(node.id);
    default:
      return links.entity(node.type, node.id);
  }
}
