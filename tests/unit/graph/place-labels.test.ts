import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomLcg } from 'd3';
import { byCodeUnits } from '../../../src/lib/code-unit-order.ts';
import type { Box } from '../../../src/lib/graph/box.ts';
import { CHAR_WIDTH, FONT_SIZE } from '../../../src/lib/graph/label-font.ts';
import type { Point } from '../../../src/lib/graph/layout-graph.ts';
import { labelZoom, MIN_CHARS, placeLabels, type LabelRequest, type Mark, type PlacedLabel, type ZoomBox } from '../../../src/lib/graph/place-labels.ts';
import { MAX_ZOOM } from '../../../src/lib/graph/zoom-limits.ts';

/**
 * placeLabels without its obstacle grid: every label's spots against every mark and every
 * label placed before it. The grid must only ever leave out obstacles that could not matter.
 */
function bruteForce(labels: readonly LabelRequest[], marks: readonly Mark[]): PlacedLabel[] {
  const boxAt = ({ scaled, fixed }: ZoomBox, k: number): Box => ({ x0: k * scaled.x0 + fixed.x0, y0: k * scaled.y0 + fixed.y0, x1: k * scaled.x1 + fixed.x1, y1: k * scaled.y1 + fixed.y1 });
  const overlapsAt = (a: ZoomBox, b: ZoomBox) => {
    const [p, q] = [boxAt(a, 1), boxAt(b, 1)];
    return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
  };
  type Spot = Omit<PlacedLabel, 'id' | 'box' | 'zoom'> & { zoomBox: ZoomBox };
  const [h, base, gap] = [FONT_SIZE * 1.2, FONT_SIZE * 0.35, 3];
  const width = (text: string) => text.length * FONT_SIZE * CHAR_WIDTH;
  const spot = (text: string, x: number, y: number, dx: number, dy: number, anchor: Spot['anchor'], fixed: Box): Spot => ({ text, x, y, dx, dy, anchor, zoomBox: { scaled: { x0: x, y0: y, x1: x, y1: y }, fixed } });
  const candidates = ({ text, at, r }: LabelRequest): Spot[] => {
    const w = width(text);
    return [
      spot(text, at.x + r, at.y, gap, base, 'start', { x0: gap, y0: -h / 2, x1: gap + w, y1: h / 2 }),
      spot(text, at.x - r, at.y, -gap, base, 'end', { x0: -gap - w, y0: -h / 2, x1: -gap, y1: h / 2 }),
      spot(text, at.x, at.y - r, 0, -gap - h / 2 + base, 'middle', { x0: -w / 2, y0: -gap - h, x1: w / 2, y1: -gap }),
      spot(text, at.x, at.y + r, 0, gap + h / 2 + base, 'middle', { x0: -w / 2, y0: gap, x1: w / 2, y1: gap + h }),
    ];
  };
  const corners = ({ text, at, r }: LabelRequest): Spot[] => {
    const [w, c] = [width(text), r * Math.SQRT1_2];
    return [
      spot(text, at.x + c, at.y - c, gap, -gap - h / 2 + base, 'start', { x0: gap, y0: -gap - h, x1: gap + w, y1: -gap }),
      spot(text, at.x - c, at.y - c, -gap, -gap - h / 2 + base, 'end', { x0: -gap - w, y0: -gap - h, x1: -gap, y1: -gap }),
      spot(text, at.x + c, at.y + c, gap, gap + h / 2 + base, 'start', { x0: gap, y0: gap, x1: gap + w, y1: gap + h }),
      spot(text, at.x - c, at.y + c, -gap, gap + h / 2 + base, 'end', { x0: -gap - w, y0: gap, x1: -gap, y1: gap + h }),
    ];
  };
  const zero = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const markObstacles = marks.map(({ id = '', at, r, layer = 0 }) => ({ id, layer, zoom: 1, box: { scaled: { x0: at.x - r, y0: at.y - r, x1: at.x + r, y1: at.y + r }, fixed: zero } }));
  const labelObstacles: typeof markObstacles = [];
  // Every label placed and every mark but the label's own; with `overMarks` false, those it may cover too.
  const obstaclesFor = (label: LabelRequest, overMarks = true) =>
    [...markObstacles.filter((o) => !overMarks || label.overMarks === undefined || o.layer > label.overMarks), ...labelObstacles].filter((o) => o.id !== label.id);
  const place = (label: LabelRequest, { zoomBox, ...rest }: Spot, zoom: number | undefined): PlacedLabel => {
    if (zoom !== undefined) labelObstacles.push({ id: label.id, layer: Infinity, box: zoomBox, zoom });
    return { id: label.id, ...rest, box: boxAt(zoomBox, 1), ...(zoom !== undefined ? { zoom } : {}) };
  };
  const placed: PlacedLabel[] = [];
  const later: LabelRequest[] = [];
  for (const label of [...labels].sort((a, b) => b.priority - a.priority || byCodeUnits(a.id, b.id))) {
    const spots = [...candidates(label), ...(label.landmark ? corners(label) : [])];
    const covered = (spot: Spot, overMarks: boolean) => obstaclesFor(label, overMarks).filter((o) => overlapsAt(spot.zoomBox, o.box)).length;
    const overMarks = spots.filter((s) => covered(s, true) === 0);
    const fewest = overMarks.length ? overMarks.reduce((best, s) => (covered(s, false) < covered(best, false) ? s : best)) : undefined;
    const spot = spots.find((s) => covered(s, false) === 0) ?? (label.overMarks !== undefined ? fewest : undefined);
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
    const landmark = random() < 0.1 ? { landmark: true } : {};
    const layer = int(3);
    const reach = random() < 0.2 ? { overMarks: int(2) } : {};
    return { id: `n${int(n * 2)}-${i}`, text: 'Kota'.repeat(int(10)).slice(0, int(40)), at, r: 2 + random() * 14, priority: int(8) * 10, layer, ...landmark, ...reach };
  });
  // The labels' own marks, as the network gives them, and a few bare ones.
  const marks: Mark[] = [...labels, ...Array.from({ length: int(20) }, () => ({ at: { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }, r: 1 + random() * 20, layer: int(3) }))];
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
    assert.ok(zooms.first > 500 && zooms.closer > 500 && zooms.never > 500, JSON.stringify(zooms));
  });

  it('refuses a mark at no finite point rather than file it under endless cells', () => {
    const label: LabelRequest = { id: 'a', text: 'Jakarta', at: { x: 0, y: 0 }, r: 4, priority: 1 };
    for (const x of [Infinity, Number.NaN]) {
      assert.throws(() => placeLabels([label], [{ id: 'b', at: { x, y: 0 }, r: 4 }]), /not finite/);
    }
  });

  it('gives a landmark a corner beside its mark where every side is taken, and never a spot over a mark', () => {
    const landmark: LabelRequest = { id: 'summit', text: 'U20 Mayors Summit 2018', at: { x: 0, y: 0 }, r: 8, priority: 9, landmark: true };
    const right = { id: 'paris', at: { x: 40, y: 0 }, r: 4 };
    assert.equal(placeLabels([landmark], [landmark, right])[0]!.anchor, 'end');
    const around = [right, { id: 'rome', at: { x: -40, y: 0 }, r: 4 }, { id: 'oslo', at: { x: 0, y: -16 }, r: 4 }, { id: 'lima', at: { x: 0, y: 16 }, r: 4 }];
    const [cornered] = placeLabels([landmark], [landmark, ...around]);
    assert.deepEqual([cornered!.anchor, cornered!.zoom, cornered!.box.y1 <= 0], ['start', 1, true], 'above right, between Oslo and Paris');
    // A partner's label has only the four sides: with all four taken, it waits for a closer zoom.
    const partner = { ...landmark, landmark: false };
    assert.notEqual(placeLabels([partner], [partner, ...around])[0]!.zoom, 1);
    // Every corner taken too: the landmark's name waits as well, rather than cover a mark.
    const ringed = [...around, ...[[30, -14], [-30, -14], [30, 14], [-30, 14]].map(([x, y], i) => ({ id: `c${i}`, at: { x: x!, y: y! }, r: 4 }))];
    assert.notEqual(placeLabels([landmark], [landmark, ...ringed])[0]!.zoom, 1);
  });
});

describe('placeLabels in layers', () => {
  // A city ringed by marks on every side: at scale, the stand-alone articles' round Jakarta.
  const ring = (layer: number): Mark[] => [{ x: 40, y: 0 }, { x: -40, y: 0 }, { x: 0, y: -16 }, { x: 0, y: 16 }].map((at, i) => ({ id: `a${i}`, at, r: 4, layer }));
  const city: LabelRequest = { id: 'rome', text: 'Rome', at: { x: 0, y: 0 }, r: 6, priority: 1, layer: 1, overMarks: 0 };

  it('lets a label cover the marks of the layers it reaches over, where no spot is clear of them', () => {
    assert.equal(placeLabels([city], [city, ...ring(0)])[0]!.zoom, 1);
  });

  it('keeps a label off the marks of its own layer and above: a partner’s dot is never covered', () => {
    assert.notEqual(placeLabels([city], [city, ...ring(1)])[0]!.zoom, 1);
    assert.notEqual(placeLabels([{ ...city, layer: 2 }], [city, ...ring(1)])[0]!.zoom, 1);
  });
});

describe('placeLabels in a frame', () => {
  const frame = { x0: -100, y0: -50, x1: 100, y1: 50 };
  const title = 'Jakarta and Paris sign a memorandum of understanding on public health';

  it('cuts a label after a whole word where it would leave the frame, and keeps it inside', () => {
    // Marks left, above and below: only the right is free, 90 units to the frame's edge.
    const label: LabelRequest = { id: 't', text: title, at: { x: 0, y: 0 }, r: 5, priority: 1 };
    const marks = [label, { at: { x: -20, y: 0 }, r: 6 }, { at: { x: 0, y: -15 }, r: 6 }, { at: { x: 0, y: 15 }, r: 6 }];
    const [placed] = placeLabels([label], marks, frame);
    assert.equal(placed!.text, 'Jakarta and…');
    assert.equal(placed!.zoom, 1);
    assert.ok(placed!.box.x1 <= frame.x1 && placed!.box.x0 >= frame.x0, JSON.stringify(placed!.box));
  });

  it('keeps a label whole where it fits, and whole at a closer zoom, which hangs wherever the reader pans', () => {
    const short: LabelRequest = { id: 's', text: 'Rome', at: { x: 0, y: 0 }, r: 5, priority: 1 };
    assert.equal(placeLabels([short], [short], frame)[0]!.text, 'Rome');
    // Right at the frame's edge, with a mark in every other spot: no room in the first view.
    const edge: LabelRequest = { id: 'e', text: title, at: { x: 95, y: 0 }, r: 5, priority: 1 };
    const marks = [edge, { at: { x: 75, y: 0 }, r: 6 }, { at: { x: 95, y: -15 }, r: 6 }, { at: { x: 95, y: 15 }, r: 6 }];
    const [placed] = placeLabels([edge], marks, frame);
    assert.ok(placed!.zoom !== 1 && placed!.text === title, JSON.stringify(placed));
    assert.ok(MIN_CHARS > 1);
  });
});
