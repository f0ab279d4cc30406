import type { UiKey } from '../../i18n/index.ts';
import { toEdgesCsv, toGraphML, toJson, toNodesCsv } from './export.ts';
import type { Layout } from './layout-graph.ts';
import type { Graph } from './model.ts';

interface DataFile {
  /** Its name under data/. */
  file: string;
  write: (graph: Graph, layout: Layout) => string;
  /** What its download link says. */
  label: UiKey;
}

/** The network's data files: published by src/pages/data/[file].ts, linked from the network and about pages. */
export const DATA_FILES: readonly DataFile[] = [
  { file: 'graph.json', write: toJson, label: 'network.data.json' },
  { file: 'nodes.csv', write: toNodesCsv, label: 'network.data.nodes' },
  { file: 'edges.csv', write: toEdgesCsv, label: 'network.data.edges' },
  { file: 'graph.graphml', write: toGraphML, label: 'network.data.graphml' },
];
