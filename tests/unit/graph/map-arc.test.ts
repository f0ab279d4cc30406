import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapArc } from '../../../src/lib/graph/map-arc.ts';

/** The arc's start, control and end points. */
type Point = [number, number];

function points(arc: string): [Point, Point, Point] {
  const match = /^M([\d.-]+),([\d.-]+)Q([\d.-]+),([\d.-]+) ([\d.-]+),([\d.-]+)$/.exec(arc);
  assert.ok(match, arc);
  const n = match.slice(1).map(Number);
  return [[n[0]!, n[1]!], [n[2]!, n[3]!], [n[4]!, n[5]!]];
}

describe('mapArc', () => {
  const jakarta: [number, number] = [763.4, 252.1];

  it('runs from one city to the other, bowed to the north for cities mostly in the northern hemisphere', () => {
    for (const city of [[190.2, 115.7], [430.5, 102.3], [850.1, 140.8]] as [number, number][]) {
      const [start, control, end] = points(mapArc(jakarta, city, 20));
      assert.deepEqual([start, end], [jakarta, city]);
      // Up the map is north: the control point lies above the chord's middle.
      const middle = (jakarta[1] + city[1]) / 2;
      assert.ok(control[1] < middle, `${city}: bowed north`);
    }
  });

  it('bows to the south for cities mostly in the southern hemisphere, whichever way the line runs', () => {
    for (const city of [[338.4, 352.6], [880.2, 330.1]] as [number, number][]) {
      const [, control] = points(mapArc(jakarta, city, -20));
      assert.ok(control[1] > (jakarta[1] + city[1]) / 2, `${city}: bowed south`);
    }
  });

  it('bows by a share of the line, so a near city gets a slight curve and a far one a wider', () => {
    const bow = (city: [number, number]) => {
      const [, [cx, cy]] = points(mapArc(jakarta, city, 20));
      return Math.hypot(cx - (jakarta[0] + city[0]) / 2, cy - (jakarta[1] + city[1]) / 2);
    };
    assert.ok(bow([700, 200]) < bow([200, 100]));
  });

  it('is a point for a line of no length', () => {
    assert.equal(mapArc(jakarta, jakarta, 0), 'M763.4,252.1');
  });
});
