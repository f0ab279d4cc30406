import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { graphKey } from '../../lib/cache-keys.ts';
import { DATA_FILES } from '../../lib/graph/data-files.ts';
import { loadSiteGraph } from '../../lib/graph/site-graph.ts';

export const getStaticPaths = (() =>
  Promise.all(DATA_FILES.map(async ({ file, write }) => ({ params: { file }, props: { write }, cacheKey: await graphKey(file) })))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { write } }) => {
  const { graph, layout } = await loadSiteGraph();
  return new Response(write(graph, layout));
};
