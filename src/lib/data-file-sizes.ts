import { getOrCreate } from './get-or-create.ts';
import { DATA_FILES } from './graph/data-files.ts';
import type { SiteGraph } from './graph/site-graph.ts';

type DataFile = (typeof DATA_FILES)[number];

const measured = new WeakMap<SiteGraph['graph'], readonly (DataFile & { bytes: number })[]>();

/**
 * The network's data files with their bytes, written as src/pages/data/[file].ts writes them: a
 * reader choosing whether to download 15 MB of JSON is told so beside its link. The network and
 * about pages both show them, so the files are written once per build for their sizes.
 */
export const measuredDataFiles = ({ graph, layout }: Pick<SiteGraph, 'graph' | 'layout'>): readonly (DataFile & { bytes: number })[] =>
  getOrCreate(measured, graph, () => DATA_FILES.map((file) => ({ ...file, bytes: Buffer.byteLength(file.write(graph, layout), 'utf8') })));
