import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomLcg } from 'd3';
import { byCodeUnits } from '../../../src/lib/code-unit-order.ts';
import type { Box } from '../../../src/lib/graph/box.ts';
import { CHAR_WIDTH, FONT_SIZE } from '../../../src/lib/graph/label-font.ts';
import type { Point } from '../../../src/lib/graph/layout-graph.ts';
import { labelZoom, placeLabels, type LabelRequest, type PlacedLabel, type ZoomBox } from '../../../src/lib/graph/place-labels.ts';
import { MAX_ZOOM } from '../../../src/lib/graph/zoom-limits.ts';

/**
 * placeLabels without its obstacle grid: every label's spots against every mark and every
 * label placed before it. The grid must only ever leave out obstacles that could not matter.
 */
function bruteForce(labels: readonly LabelRequest[], marks: readonly { id?: string; at: Point; r: number }[]): PlacedLabel[] {
  const boxAt = ({ scaled, fixed }: ZoomBox, k: number): Box => ({ x0: k * scaled.x0 + fixed.x0, y0: k * scaled.y0 + fixed.y0, x1: k * scaled.x1 + fixed.x1, y1: k * scaled.y1 + fixed.y1 });
  const overlapsAt = (a: ZoomBox, b: ZoomBox) => {
    const [p, q] = [boxAt(a, 1), boxAt(b, 1)];
    return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
  };
  type Spot = Omit<PlacedLabel, 'id' | 'box' | 'zoom'> & { zoomBox: ZoomBox };
  const candidates = ({ text, at, r }: LabelRequest): Spot[] => {
    const [w, h, base, gap] = [text.length * FONT_SIZE * CHAR_WIDTH, FONT_SIZE * 1.2, FONT_SIZE * 0.35, 3];
    const spot = (x: number, y: number, dx: number, dy: number, anchor: Spot['anchor'], fixed: Box): Spot => ({ x, y, dx, dy, anchor, zoomBox: { scaled: { x0: x, y0: y, x1: x, y1: y }, fixed } });
    return [
      spot(at.x + r, at.y, gap, base, 'start', { x0: gap, y0: -h / 2, x1: gap + w, y1: h / 2 }),
      spot(at.x - r, at.y, -gap, base, 'end', { x0: -gap - w, y0: -h / 2, x1: -gap, y1: h / 2 }),
      spot(at.x, at.y - r, 0, -gap - h / 2 + base, 'middle', { x0: -w / 2, y0: -gap - h, x1: w / 2, y1: -gap }),
      spot(at.x, at.y + r, 0, gap + h / 2 + base, 'middle', { x0: -w / 2, y0: gap, x1: w / 2, y1: gap + h }),
    ];
  };
  const zero = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const markObstacles = marks.map(({ id = '', at, r }) => ({ id, zoom: 1, box: { scaled: { x0: at.x - r, y0: at.y - r, x1: at.x + r, y1: at.y + r }, fixed: zero } }));
  const labelObstacles: typeof markObstacles = [];
  const obstaclesFor = (label: LabelRequest, overMarks = label.overMarks) => (overMarks ? labelObstacles : [...markObstacles, ...labelObstacles]).filter((o) => o.id !== label.id);
  const place = (label: LabelRequest, { zoomBox, ...rest }: Spot, zoom: number | undefined): PlacedLabel => {
    if (zoom !== undefined) labelObstacles.push({ id: label.id, box: zoomBox, zoom });
    return { id: label.id, ...rest, box: boxAt(zoomBox, 1), ...(zoom !== undefined ? { zoom } : {}) };
  };
  const placed: PlacedLabel[] = [];
  const later: LabelRequest[] = [];
  for (const label of [...labels].sort((a, b) => b.priority - a.priority || byCodeUnits(a.id, b.id))) {
    const covered = (spot: Spot, overMarks: boolean) => obstaclesFor(label, overMarks).filter((o) => overlapsAt(spot.zoomBox, o.box)).length;
    const overLabels = candidates(label).filter((s) => covered(s, true) === 0);
    const fewest = overLabels.length ? overLabels.reduce((best, s) => (covered(s, false) < covered(best, false) ? s : best)) : undefined;
    const spot = candidates(label).find((s) => covered(s, false) === 0) ?? (label.overMarks ? fewest : undefined);
    if (spot) placed.push(place(label, spot, 1));
    else later.push(label);
  }
  for (const label of later) {
    const [spots, obstacles] = [candidates(label), obstaclesFor(label)];
    const zooms = spots.map((spot) => labelZoom(spot.zoomBox, obstacles));
    const best = zooms.reduce((b, z, i) => (z < zooms[b]! ? i : b), 0);
    placed.push(place(label, spots[best]!, zooms[best]! <= MAX_ZOOM ? zooms[best] : undefined));
  }
  return placed;
}

/** A crowd of labels: `n` marks within `spread` units of the centre, some on the same point, names of every length. */
function crowd(seed: number, n: number, spread: number) {
  const random = randomLcg(seed);
  const int = (max: number) => Math.floor(random() * max);
  const points: Point[] = [];
  const labels: LabelRequest[] = Array.from({ length: n }, (_, i) => {
    const at = points.length && random() < 0.1 ? points[int(points.length)]! : { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread };
    points.push(at);
    return { id: `n${int(n * 2)}-${i}`, text: 'Kota'.repeat(int(10)).slice(0, int(40)), at, r: 2 + random() * 14, priority: int(8) * 10, overMarks: random() < 0.1 };
  });
  // The labels' own marks, as the network gives them, and a few bare ones.
  const marks = [...labels, ...Array.from({ length: int(20) }, () => ({ at: { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }, r: 1 + random() * 20 }))];
  return { labels, marks };
}

describe('placeLabels with its obstacle grid', () => {
  it('places every label of a crowd as every obstacle checked against every label did', () => {
    const zooms = { first: 0, closer: 0, never: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const n = [60, 150, 300][seed % 3]!;
      const { labels, marks } = crowd(seed, n, Math.sqrt(n) * [8, 20, 60, 200][seed % 4]!);
      const placed = placeLabels(labels, marks);
      assert.deepEqual(placed, bruteForce(labels, marks), `seed ${seed}`);
      for (const { zoom } of placed) zooms[zoom === undefined ? 'never' : zoom === 1 ? 'first' : 'closer']++;
    }
    // The crowds try every way out: a spot at once, one a closer zoom frees, none at all.
    assert.ok(zooms.first > 1000 && zooms.closer > 1000 && zooms.never > 1000, JSON.stringify(zooms));
  });

  it('refuses a mark at no finite point rather than file it under endless cells', () => {
    const label: LabelRequest = { id: 'a', text: 'Jakarta', at: { x: 0, y: 0 }, r: 4, priority: 1 };
    for (const x of [Infinity, Number.NaN]) {
      assert.throws(() => placeLabels([label], [{ id: 'b', at: { x, y: 0 }, r: 4 }]), /not finite/);
    }
  });

  it('gives a landmark a spot clear of marks where there is one, and one over marks where there is not', () => {
    const landmark: LabelRequest = { id: 'summit', text: 'U20 Mayors Summit 2018', at: { x: 0, y: 0 }, r: 8, priority: 9, overMarks: true };
    const right = { id: 'paris', at: { x: 40, y: 0 }, r: 4 };
    assert.equal(placeLabels([landmark], [landmark, right])[0]!.anchor, 'end');
    const around = [right, { id: 'rome', at: { x: -40, y: 0 }, r: 4 }, { id: 'oslo', at: { x: 0, y: -16 }, r: 4 }, { id: 'lima', at: { x: 0, y: 16 }, r: 4 }];
    assert.deepEqual(placeLabels([landmark], [landmark, ...around]).map(({ anchor, zoom }) => [anchor, zoom]), [['start', 1]]);
    const twoLeft = [...around, { id: 'kyiv', at: { x: -60, y: 0 }, r: 4 }, { id: 'riga', at: { x: -80, y: 0 }, r: 4 }];
    const twoRight = [...around, { id: 'kyiv', at: { x: 60, y: 0 }, r: 4 }, { id: 'riga', at: { x: 80, y: 0 }, r: 4 }];
    assert.equal(placeLabels([landmark], [landmark, ...twoLeft])[0]!.anchor, 'start', 'the right, over one mark, not the left over three');
    assert.equal(placeLabels([landmark], [landmark, ...twoRight])[0]!.anchor, 'end', 'the left, over one mark, not the right over three');
  });
});
