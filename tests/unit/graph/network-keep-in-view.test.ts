import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepInView } from '../../../src/browser/network-keep-in-view.ts';

describe('keeping a drawing the reader zooms out of in view', () => {
  // The strip of the picture a phone's box shows: 100 wide, 200 high.
  const view = { x0: 0, y0: 0, x1: 100, y1: 200 };

  it('leaves a drawing already inside, margin and all, where it is', () => {
    assert.deepEqual(keepInView({ x0: 20, y0: 30, x1: 80, y1: 150 }, view, 10), { x: 0, y: 0 });
  });

  it('moves a drawing that fits but hangs over an edge just far enough in, margin included', () => {
    // Shrunk into a corner of the picture, off the strip to its left and above it.
    assert.deepEqual(keepInView({ x0: -50, y0: -20, x1: 30, y1: 100 }, view, 10), { x: 60, y: 30 });
    assert.deepEqual(keepInView({ x0: 70, y0: 150, x1: 130, y1: 250 }, view, 10), { x: -40, y: -60 });
  });

  it('gives up the margin a drawing that only just fits has no room for, and centres it', () => {
    assert.deepEqual(keepInView({ x0: 50, y0: 0, x1: 146, y1: 200 }, view, 10), { x: -48, y: 0 });
  });

  it('lets a drawing wider than the view overhang both sides, but never leave one of them empty', () => {
    assert.deepEqual(keepInView({ x0: -30, y0: 0, x1: 150, y1: 200 }, view, 10), { x: 0, y: 0 });
    // Empty on the right while cut on the left: moved right until it meets the right edge.
    assert.deepEqual(keepInView({ x0: -100, y0: 0, x1: 80, y1: 200 }, view, 10), { x: 20, y: 0 });
    assert.deepEqual(keepInView({ x0: 40, y0: 0, x1: 220, y1: 200 }, view, 10), { x: -40, y: 0 });
  });
});
