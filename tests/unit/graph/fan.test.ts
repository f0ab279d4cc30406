import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, type GraphNode } from '../../../src/lib/graph/model.ts';
import { drawFan, FAN_LABEL_CHARS, FAN_WIDE_LABEL_CHARS, labelX } from '../../../src/lib/graph/fan.ts';
import { CHAR, neighboursOf } from '../../../src/lib/graph/neighbourhood.ts';
import { seedGraphInput } from './seed-input.ts';

const graph = buildGraph(seedGraphInput());
const summit = neighboursOf(graph, 'u20-mayors-summit-2018', 'en')!;

describe('neighbourhood fan', () => {
  it('puts every neighbour in one column, in the order given, one row each', () => {
    const fan = drawFan(summit);
    assert.deepEqual(fan.rows.map((r) => r.node.id), summit.ring.map((n) => n.node.id));
    assert.equal(new Set(fan.rows.map((r) => r.x)).size, 1);
    const gaps = fan.rows.slice(1).map((r, i) => r.y - fan.rows[i]!.y);
    assert.ok(gaps.every((g) => g >= 20), 'rows are a line apart');
  });

  it('sets each group of types apart by more than a row', () => {
    const fan = drawFan(summit);
    const steps = fan.rows.slice(1).map((r, i) => ({ changes: r.node.type !== fan.rows[i]!.node.type, gap: r.y - fan.rows[i]!.y }));
    assert.ok(steps.some((s) => s.changes), 'the summit has partners of two types');
    for (const { changes, gap } of steps) assert.equal(gap > 20, changes);
  });

  it('draws each link from the centre, level with the middle row, to its neighbour', () => {
    const fan = drawFan(summit);
    assert.equal(fan.centre.y, (fan.rows[0]!.y + fan.rows.at(-1)!.y) / 2);
    fan.links.forEach(({ d }, i) => {
      const row = fan.rows[i]!;
      assert.ok(d.startsWith(`M${fan.centre.x},${fan.centre.y}`), d);
      assert.ok(d.endsWith(`${row.x},${row.y}`), d);
    });
    assert.deepEqual(fan.links.map((l) => l.relation), summit.ring.map((n) => n.relation));
  });

  it('cuts a long label after a whole word, later for wide figures, and keeps the whole name', () => {
    const long: GraphNode = { id: 'long', type: 'organisation', kind: 'network', name: { id: 'x', en: 'x' }, degree: 1, events: [], years: [] };
    const name = 'The Very Long Name of an International Organisation of Cities';
    const fan = drawFan({ centre: summit.centre, ring: [{ node: long, relation: 'partner', text: name, name }], omitted: 0, omittedTypes: [] });
    const [row] = fan.rows;
    assert.equal(row!.name, name);
    assert.ok(row!.text.endsWith('…') && Array.from(row!.text).length <= FAN_LABEL_CHARS, row!.text);
    assert.ok(name.startsWith(row!.text.slice(0, -1)), 'cut, not changed');
    assert.equal(row!.wide, name, 'whole where the figure is wide');
    const longer = 'The Very Long Name of an International Organisation of Cities and Local Governments Worldwide';
    const wide = drawFan({ centre: summit.centre, ring: [{ node: long, relation: 'partner', text: longer, name: longer }], omitted: 0, omittedTypes: [] }).rows[0]!.wide;
    assert.ok(wide.endsWith('…') && Array.from(wide).length <= FAN_WIDE_LABEL_CHARS && Array.from(wide).length > FAN_LABEL_CHARS, wide);
  });

  it('keeps the centre, every mark and every label inside the picture', () => {
    const fan = drawFan(summit);
    const [x, y, w, h] = fan.viewBox;
    const inside = (px: number, py: number) => px >= x && px <= x + w && py >= y && py <= y + h;
    assert.ok(inside(fan.centre.x - fan.centre.r, fan.centre.y - fan.centre.r) && inside(fan.centre.x + fan.centre.r, fan.centre.y + fan.centre.r));
    for (const row of fan.rows) {
      assert.ok(inside(row.x - row.r, row.y - 11) && inside(labelX(row) + row.text.length * CHAR, row.y + 11), `${row.text} fits`);
    }
  });
});
