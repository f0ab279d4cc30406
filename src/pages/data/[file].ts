import type { APIRoute, GetStaticPaths } from 'astro';
import { graphKey } from '../../lib/cache-keys.ts';
import { toEdgesCsv, toGraphML, toJson, toNodesCsv } from '../../lib/graph/export.ts';
import type { Layout } from '../../lib/graph/layout-graph.ts';
import type { Graph } from '../../lib/graph/model.ts';
import { loadSiteGraph } from '../../lib/graph/site-graph.ts';

/** The network's data files, linked from the network and about pages. */
const formats: Record<string, (graph: Graph, layout: Layout) => string> = {
  'graph.json': toJson,
  'nodes.csv': toNodesCsv,
  'edges.csv': toEdgesCsv,
  'graph.graphml': toGraphML,
};

export const getStaticPaths = (() => Promise.all(Object.keys(formats).map(async (file) => ({ params: { file }, cacheKey: await graphKey(file) })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { graph, layout } = await loadSiteGraph();
  const render = formats[params.file ?? ''];
  if (!render) return new Response(null, { status: 404 });
  return new Response(render(graph, layout));
};
