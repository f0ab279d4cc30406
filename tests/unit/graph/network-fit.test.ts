import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { union, type Box } from '../../../src/lib/graph/box.ts';
import { fitZoom } from '../../../src/browser/network-fit.ts';

describe('fitting the nodes a filter leaves into the picture', () => {
  const view = { x0: -100, y0: -50, x1: 100, y1: 50 };
  const options = { padding: 10, minZoom: 0.5, maxZoom: 8 };
  const mark = (b: Box) => (k: number) => ({ x0: k * b.x0, y0: k * b.y0, x1: k * b.x1, y1: k * b.y1 });
  const centre = (b: Box, { k, x, y }: { k: number; x: number; y: number }) => [k * ((b.x0 + b.x1) / 2) + x, k * ((b.y0 + b.y1) / 2) + y];

  it('zooms a group of marks in a corner in until it fills the picture, padding aside, and centres it', () => {
    // 40 × 10 in the bottom-left corner: the width limits the zoom to (200 − 2 × 10) / 40.
    const group = { x0: -90, y0: 30, x1: -50, y1: 40 };
    const fit = fitZoom([mark(group)], view, options);
    assert.ok(Math.abs(fit.k - 4.5) < 1e-9);
    assert.deepEqual(centre(group, fit).map(Math.round), [0, 0]);
  });

  it('leaves room for a label, which keeps its size as the marks spread', () => {
    // Two marks 20 apart and a label 60 wide beside the right one: k × 20 + 60 ≤ 180 gives k = 6.
    const label = (k: number) => ({ x0: k * 10, y0: -5, x1: k * 10 + 60, y1: 5 });
    const fit = fitZoom([mark({ x0: -10, y0: -1, x1: -10, y1: 1 }), mark({ x0: 10, y0: -1, x1: 10, y1: 1 }), label], view, options);
    assert.ok(Math.abs(fit.k - 6) < 1e-6);
  });

  it('goes no closer than the cap, also for a single point, and no further than the floor', () => {
    assert.deepEqual(fitZoom([mark({ x0: 5, y0: 5, x1: 5, y1: 5 })], view, { ...options, maxZoom: 3 }), { k: 3, x: -15, y: -15 });
    assert.equal(fitZoom([mark({ x0: -400, y0: 0, x1: 400, y1: 0 })], view, options).k, 0.5);
  });

  it('keeps the marks in view, at the floor, where their labels run wider than the view', () => {
    // As Year 2022 on a phone: marks 150 apart in a strip 200 wide, the right one's name 120 long past it.
    const marks = [mark({ x0: -75, y0: 0, x1: -75, y1: 0 }), mark({ x0: 75, y0: 0, x1: 75, y1: 0 })];
    const name = (k: number) => ({ x0: k * 75 + 3, y0: -5, x1: k * 75 + 123, y1: 5 });
    const fit = fitZoom([...marks, name], view, { ...options, minZoom: 1 }, marks);
    assert.equal(fit.k, 1);
    const xs = [-75, 75].map((x) => x + fit.x);
    assert.ok(xs.every((x) => x >= view.x0 && x <= view.x1), `marks at ${xs.join(', ')}`);
  });

  it('unites boxes, and has none for none', () => {
    assert.deepEqual(union([{ x0: 0, y0: 0, x1: 1, y1: 1 }, { x0: -1, y0: 2, x1: 0, y1: 3 }]), { x0: -1, y0: 0, x1: 1, y1: 3 });
    assert.equal(union([]), undefined);
  });
});
