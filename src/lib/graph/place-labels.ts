import { byCodeUnits } from '../code-unit-order.ts';
import { overlaps, union, type Box } from './box.ts';
import { boxGrid } from './box-grid.ts';
import { CHAR_WIDTH, FONT_SIZE } from './label-font.ts';
import type { Point } from './layout-graph.ts';
import { MAX_ZOOM } from './zoom-limits.ts';

export interface LabelRequest {
  id: string;
  text: string;
  at: Point;
  /** Radius of the mark the label belongs to. */
  r: number;
  /** Higher first: these get the free spots. */
  priority: number;
  /** A landmark's label may cover other marks (it is drawn above them) where no spot is clear of them, never another label. */
  overMarks?: boolean;
}

export interface PlacedLabel {
  id: string;
  /** The point the label hangs from: its mark's edge on the label's side. It moves with the picture. */
  x: number;
  y: number;
  /** Where the text starts from that point, in the build's units: the same on screen at every zoom. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's box at the build's zoom. */
  box: Box;
  /**
   * The smallest zoom from which the label shows: 1 where it fits in the build's view, more where
   * only a closer view leaves it room; none where it never fits (it shows on hover or focus).
   */
  zoom?: number;
}

/**
 * A box at zoom k, in the build's units scaled by k (what the screen shows): each edge is
 * k × `scaled` + `fixed`. A mark grows with the picture (all `scaled`); a label keeps its size on
 * screen (`fixed`) and hangs from a point that moves with the picture (`scaled`).
 */
export interface ZoomBox {
  scaled: Box;
  fixed: Box;
}

/** Room between a label and its own mark. */
const GAP = 3;

interface Obstacle {
  /** The node it belongs to: a label may touch its own mark. */
  id: string;
  box: ZoomBox;
  /** From which zoom it is on screen: labels appear at their own zoom, marks are always there. */
  zoom: number;
}

/**
 * Greedy label placement: by priority, each label takes the first of right, left, above and
 * below its mark that overlaps no mark and no label already placed (a landmark, where none does,
 * of those that overlap no label the first that overlaps fewest marks); that keeps labels from
 * piling up. Then each label left without a free spot in the build's view, again by priority, gets the
 * spot that a closer zoom frees first, and that zoom: it never covers a label of the build's view
 * (those are there at every zoom) nor one placed before it. One that no zoom frees shows only
 * when its node is hovered or focused.
 */
export function placeLabels(labels: readonly LabelRequest[], marks: readonly { id?: string; at: Point; r: number }[]): PlacedLabel[] {
  const [markObstacles, labelObstacles] = [boxGrid<Obstacle>(GRID_CELL), boxGrid<Obstacle>(GRID_CELL)];
  for (const { id = '', at, r } of marks) markObstacles.add(envelope(markBox(at, r)), { id, zoom: 1, box: markBox(at, r) });
  // Only the obstacles whose envelopes meet the spot's: every other one is clear of it at every zoom that counts.
  const obstaclesFor = (label: LabelRequest, { zoomBox }: Spot) => {
    const near = envelope(zoomBox);
    return [...labelObstacles.near(near), ...(label.overMarks ? [] : markObstacles.near(near))].filter((o) => o.id !== label.id);
  };
  // How many of the labels placed and of the marks a spot covers in the build's view.
  const covers = (label: LabelRequest, spot: Spot) => {
    const near = envelope(spot.zoomBox);
    const hit = (o: Obstacle) => o.id !== label.id && overlapsAt(spot.zoomBox, o.box, 1);
    return { spot, labels: labelObstacles.near(near).filter(hit).length, marks: markObstacles.near(near).filter(hit).length };
  };
  const place = (label: LabelRequest, spot: Spot, zoom: number | undefined): PlacedLabel => {
    const { zoomBox, ...rest } = spot;
    if (zoom !== undefined) labelObstacles.add(envelope(zoomBox), { id: label.id, box: zoomBox, zoom });
    return { id: label.id, ...rest, box: boxAt(zoomBox, 1), ...(zoom !== undefined ? { zoom } : {}) };
  };
  const placed: PlacedLabel[] = [];
  const later: LabelRequest[] = [];
  const ordered = [...labels].sort((a, b) => b.priority - a.priority || byCodeUnits(a.id, b.id));
  for (const label of ordered) {
    // A landmark covers marks only where no spot is clear of them all, and then as few as it can:
    // an engagement's name over a partner's dot hid it.
    const allowed = candidates(label)
      .map((spot) => covers(label, spot))
      .filter((c) => c.labels === 0 && (label.overMarks || c.marks === 0));
    const best = allowed.reduce<(typeof allowed)[number] | undefined>((b, c) => (b && b.marks <= c.marks ? b : c), undefined);
    if (best) placed.push(place(label, best.spot, 1));
    else later.push(label);
  }
  for (const label of later) placed.push(place(label, ...closestFit(candidates(label), (spot) => obstaclesFor(label, spot))));
  return placed;
}

type Spot = Omit<PlacedLabel, 'id' | 'box' | 'zoom'> & { zoomBox: ZoomBox };

/** The spot a closer zoom frees first, and that zoom; the first spot and no zoom if none is freed before MAX_ZOOM. */
function closestFit(spots: readonly Spot[], obstaclesNear: (spot: Spot) => readonly Obstacle[]): [Spot, number | undefined] {
  const zooms = spots.map((spot) => labelZoom(spot.zoomBox, obstaclesNear(spot)));
  const best = zooms.reduce((b, z, i) => (z < zooms[b]! ? i : b), 0);
  const zoom = zooms[best]!;
  return [spots[best]!, zoom <= MAX_ZOOM ? zoom : undefined];
}

/**
 * The smallest zoom from which a label in `box` collides with nothing on screen at any closer
 * zoom: past every zoom range where it would overlap an obstacle that shows there too. Labels
 * only ever appear as the reader zooms in, never flicker off and on again.
 */
export function labelZoom(box: ZoomBox, obstacles: readonly Obstacle[]): number {
  let zoom = 1;
  for (const o of obstacles) {
    const range = overlapZooms(box, o.box);
    // The obstacle shows only from its own zoom: an overlap that ends before then is no collision.
    if (range && range[1] > o.zoom && range[0] < MAX_ZOOM) zoom = Math.max(zoom, range[1]);
  }
  return zoom;
}

/** The zooms at which two boxes overlap, as an open range (its end may be Infinity), or none. */
export function overlapZooms(a: ZoomBox, b: ZoomBox): [number, number] | undefined {
  let [lo, hi] = [0, Infinity];
  // Overlap is four inequalities (a.x0 < b.x1, b.x0 < a.x1, and the same in y), each k × slope < room.
  for (const [p, q] of [[a, b], [b, a]] as const) {
    for (const [start, end] of [['x0', 'x1'], ['y0', 'y1']] as const) {
      const slope = p.scaled[start] - q.scaled[end];
      const room = q.fixed[end] - p.fixed[start];
      if (slope > 0) hi = Math.min(hi, room / slope);
      else if (slope < 0) lo = Math.max(lo, room / slope);
      else if (room <= 0) return undefined;
    }
  }
  return lo < hi ? [lo, hi] : undefined;
}

const boxAt = ({ scaled, fixed }: ZoomBox, k: number): Box => ({
  x0: k * scaled.x0 + fixed.x0,
  y0: k * scaled.y0 + fixed.y0,
  x1: k * scaled.x1 + fixed.x1,
  y1: k * scaled.y1 + fixed.y1,
});

const overlapsAt = (a: ZoomBox, b: ZoomBox, k: number): boolean => overlaps(boxAt(a, k), boxAt(b, k));

/**
 * A box's envelope, in the build's units: where it can be at any zoom k in [1, MAX_ZOOM], the only
 * zooms placement asks about (the first pass asks k = 1; labelZoom counts an overlap (lo, hi) only
 * if hi > o.zoom ≥ 1 and lo < MAX_ZOOM, so only one that holds at some such k). Why: divided by
 * k > 0, which keeps the overlap test's strict inequalities, a box at zoom k is `scaled + fixed / k`,
 * and as k goes from 1 to MAX_ZOOM each edge's fixed / k moves from fixed to fixed / MAX_ZOOM, towards
 * 0 from either sign; so the min of the two bounds a low edge and the max a high one. Two boxes that
 * overlap at such a k overlap there as envelopes: an obstacle whose envelope misses a spot's can
 * be left out. The slack keeps rounding in overlapZooms's divisions from mattering: a pair left
 * out is at least two units apart at every such zoom.
 */
const envelope = ({ scaled, fixed }: ZoomBox): Box => ({
  x0: scaled.x0 + Math.min(fixed.x0, fixed.x0 / MAX_ZOOM) - GRID_SLACK,
  y0: scaled.y0 + Math.min(fixed.y0, fixed.y0 / MAX_ZOOM) - GRID_SLACK,
  x1: scaled.x1 + Math.max(fixed.x1, fixed.x1 / MAX_ZOOM) + GRID_SLACK,
  y1: scaled.y1 + Math.max(fixed.y1, fixed.y1 / MAX_ZOOM) + GRID_SLACK,
});
const GRID_SLACK = 1;
/** The obstacle grid's cell, in the build's units: a name of 19 characters is as wide. */
const GRID_CELL = 128;

/** A mark grows with the picture: all of its box is scaled. */
const markBox = (at: Point, r: number): ZoomBox => ({
  scaled: { x0: at.x - r, y0: at.y - r, x1: at.x + r, y1: at.y + r },
  fixed: { x0: 0, y0: 0, x1: 0, y1: 0 },
});

function candidates({ text, at, r }: LabelRequest): Spot[] {
  const w = text.length * FONT_SIZE * CHAR_WIDTH;
  const h = FONT_SIZE * 1.2;
  const base = FONT_SIZE * 0.35;
  const spot = (x: number, y: number, dx: number, dy: number, anchor: Spot['anchor'], fixed: Box): Spot => ({
    x,
    y,
    dx,
    dy,
    anchor,
    zoomBox: { scaled: { x0: x, y0: y, x1: x, y1: y }, fixed },
  });
  return [
    spot(at.x + r, at.y, GAP, base, 'start', { x0: GAP, y0: -h / 2, x1: GAP + w, y1: h / 2 }),
    spot(at.x - r, at.y, -GAP, base, 'end', { x0: -GAP - w, y0: -h / 2, x1: -GAP, y1: h / 2 }),
    spot(at.x, at.y - r, 0, -GAP - h / 2 + base, 'middle', { x0: -w / 2, y0: -GAP - h, x1: w / 2, y1: -GAP }),
    spot(at.x, at.y + r, 0, GAP + h / 2 + base, 'middle', { x0: -w / 2, y0: GAP, x1: w / 2, y1: GAP + h }),
  ];
}

/** The smallest box holding every label shown in the build's view, to widen a drawing's extent. */
export const labelExtent = (labels: readonly PlacedLabel[]): Box | undefined => union(labels.filter((l) => l.zoom === 1).map((l) => l.box));
