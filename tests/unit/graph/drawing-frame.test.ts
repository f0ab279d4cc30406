import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawGraph } from '../../../src/lib/graph/drawing.ts';
import type { Layout } from '../../../src/lib/graph/layout-graph.ts';
import type { Graph, GraphNode } from '../../../src/lib/graph/model.ts';
import { cityNode } from './city-node.ts';

const title = 'Jakarta and Buenos Aires discuss cooperation in vocational education and training for the young';
const article: GraphNode = { id: '2020-01-01-a', type: 'article', name: { id: title, en: title }, kind: 'article', degree: 1, events: ['2020-01-01-a'], years: [2020] };
const graph: Graph = { nodes: [article, cityNode('jakarta'), cityNode('rome')], edges: [] };
// The article at the picture's right edge, as at scale, where its title ran far past the marks.
const layout: Layout = {
  positions: new Map([['2020-01-01-a', { x: 100, y: 0 }], ['jakarta', { x: 0, y: 0 }], ['rome', { x: -100, y: 0 }]]),
  radius: new Map([['2020-01-01-a', 9], ['jakarta', 5], ['rome', 5]]),
  viewBox: [-129, -33, 258, 66],
};

test('a long title at the picture’s edge is cut short rather than widening the picture', () => {
  const drawing = drawGraph(graph, 'en', { layout });
  const [, , width] = drawing.viewBox;
  assert.ok(width < 2 * layout.viewBox[2], `${width} wide`);
  const drawn = drawing.nodes.find((n) => n.node.id === article.id)!;
  assert.equal(drawn.label.zoom, 1);
  assert.ok(drawn.text.endsWith('…') && title.startsWith(drawn.text.slice(0, -1)), drawn.text);
});
