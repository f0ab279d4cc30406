import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawGraph } from '../../../src/lib/graph/drawing.ts';
import { layoutGraph } from '../../../src/lib/graph/layout-graph.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { placeLabels } from '../../../src/lib/graph/place-labels.ts';
import { seedGraphInput } from './seed-input.ts';

const graph = buildGraph(seedGraphInput());

describe('layoutGraph', () => {
  it('gives the same coordinates for the same input', () => {
    assert.deepEqual([...layoutGraph(graph).positions], [...layoutGraph(buildGraph(seedGraphInput())).positions]);
  });

  it('holds Jakarta at the centre and keeps every mark inside the view box', () => {
    const layout = layoutGraph(graph);
    assert.deepEqual(layout.positions.get('jakarta'), { x: 0, y: 0 });
    const [x, y, w, h] = layout.viewBox;
    for (const [id, p] of layout.positions) {
      const r = layout.radius.get(id)!;
      assert.ok(p.x - r >= x && p.x + r <= x + w && p.y - r >= y && p.y + r <= y + h, `${id} inside`);
    }
  });

  it('does not let marks overlap', () => {
    const layout = layoutGraph(graph);
    const nodes = [...layout.positions].map(([id, p]) => ({ id, ...p, r: layout.radius.get(id)! }));
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r, `${a.id} and ${b.id} overlap`);
    }
  });
});

describe('labels', () => {
  it('never overlap each other, in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      const boxes = placeLabels(
        drawGraph(graph, lang).nodes.map((n) => ({ id: n.node.id, text: n.text, at: n, r: n.r, priority: n.node.degree })),
        [],
      ).map((l) => l.box);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `${lang}: labels overlap`);
      }
    }
  });

  it('show every event and Jakarta at the default zoom', () => {
    const drawn = drawGraph(graph, 'en').nodes;
    for (const n of drawn.filter((d) => d.node.type === 'engagement' || d.node.id === 'jakarta')) assert.ok(n.label, `${n.node.id} is labelled`);
  });

  it('move aside for a mark in the way', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Abc', at: { x: 0, y: 0 }, r: 4, priority: 1 }], [{ at: { x: 12, y: 0 }, r: 4 }]);
    assert.equal(label?.anchor, 'end');
  });
});
