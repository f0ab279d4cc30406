import { escapeMarkup } from '../escape-markup.ts';
import type { Layout } from './layout-graph.ts';
import type { Graph, GraphNode } from './model.ts';

/** The graph in the formats network analysts open: JSON, CSV (nodes, edges) and GraphML. */

const NODE_COLUMNS = ['id', 'type', 'kind', 'name_id', 'name_en', 'country', 'longitude', 'latitude', 'date', 'degree', 'events', 'years', 'x', 'y'] as const;
const EDGE_COLUMNS = ['source', 'target', 'relation'] as const;

type Row = Record<string, string | number | undefined>;

function nodeRow(node: GraphNode, layout?: Layout): Row {
  const at = layout?.positions.get(node.id);
  return {
    id: node.id,
    type: node.type,
    kind: node.kind,
    name_id: node.name.id,
    name_en: node.name.en,
    country: node.country,
    longitude: node.coordinates?.[0],
    latitude: node.coordinates?.[1],
    date: node.date,
    degree: node.degree,
    // Engagements and stand-alone articles alike (the timeline's entries); an event counts itself.
    events: node.events.length,
    years: node.years.join(' '),
    x: at?.x,
    y: at?.y,
  };
}

export function toJson(graph: Graph, layout?: Layout): string {
  // A name's language marks it up on the site's pages; the files keep the columns they have always had.
  const nodes = graph.nodes.map(({ nameLang: _, ...node }) => ({ ...node, ...(layout?.positions.get(node.id) ?? {}) }));
  return `${JSON.stringify({ directed: true, nodes, edges: graph.edges }, null, 1)}\n`;
}

// A spreadsheet runs a cell that opens with one of these as a formula. Names come from scraped text,
// so such a text cell opens with an apostrophe, which spreadsheets take as "this is text".
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; CRLF rows. */
const csvField = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const csv = (columns: readonly string[], rows: readonly Row[]): string =>
  [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))].join('\r\n') + '\r\n';

export const toNodesCsv = (graph: Graph, layout?: Layout): string => csv(NODE_COLUMNS, graph.nodes.map((n) => nodeRow(n, layout)));

export const toEdgesCsv = (graph: Graph): string => csv(EDGE_COLUMNS, graph.edges.map((e) => ({ ...e })));

const numeric = new Set(['longitude', 'latitude', 'degree', 'events', 'x', 'y']);

/** GraphML as Gephi and Cytoscape read it: typed keys, then one node or edge element per row. */
export function toGraphML(graph: Graph, layout?: Layout): string {
  const keys = [
    ...NODE_COLUMNS.filter((c) => c !== 'id').map((c) => `  <key id="${c}" for="node" attr.name="${c}" attr.type="${numeric.has(c) ? 'double' : 'string'}"/>`),
    `  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>`,
  ];
  const data = (row: Row, columns: readonly string[]) =>
    columns
      .filter((c) => c !== 'id' && row[c] !== undefined && row[c] !== '')
      .map((c) => `<data key="${c}">${escapeMarkup(String(row[c]))}</data>`)
      .join('');
  const nodes = graph.nodes.map((n) => `    <node id="${escapeMarkup(n.id)}">${data(nodeRow(n, layout), NODE_COLUMNS)}</node>`);
  const edges = graph.edges.map((e, i) => `    <edge id="e${i}" source="${escapeMarkup(e.source)}" target="${escapeMarkup(e.target)}"><data key="relation">${e.relation}</data></edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="jakarta-city-diplomacy" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
