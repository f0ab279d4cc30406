import { byCodeUnits } from '../code-unit-order.ts';
import { clipAtWord } from '../clip-text.ts';
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
  /** Its mark's layer (0 unless given), as a `Mark`'s. */
  layer?: number;
  /**
   * A landmark's label (Jakarta's, an engagement's) also tries the corners beside its mark before it
   * waits for a closer zoom: the picture is read from them.
   */
  landmark?: boolean;
  /**
   * The highest layer of marks the label may cover where no spot is clear of every mark, and then as
   * few as it can; never a label, nor a mark above that layer. None unless given.
   */
  overMarks?: number;
}

/**
 * A mark that labels stay clear of: a name over a partner's dot hid it, and left the partner's own
 * name by no mark. Its layer (0 unless given) is what `overMarks` reaches.
 */
export interface Mark {
  id?: string;
  at: Point;
  r: number;
  layer?: number;
}

export interface PlacedLabel {
  id: string;
  /** The label as drawn: its text, or that cut short where the build's view has no room for all of it. */
  text: string;
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
  /** A mark's layer; a label's is above every layer. */
  layer: number;
  box: ZoomBox;
  /** From which zoom it is on screen: labels appear at their own zoom, marks are always there. */
  zoom: number;
}

/**
 * Greedy label placement: by priority, each label takes the first of right, left, above and
 * below its mark (then, for a landmark, the corners beside it) that overlaps no mark and no label
 * already placed; that keeps labels from piling up and off every mark. Where none does, a label that
 * may cover marks takes, of the spots that overlap no label and no mark above its reach, the one
 * that covers fewest: at scale the stand-alone articles' dots crowd round the centre, where the
 * partners are, and without that left 23 of 27 cities unnamed at 5,000 articles. Then each label left without
 * a free spot in the build's view, again by priority, gets the spot that a closer zoom frees first,
 * and that zoom: it never covers a label of the build's view (those are there at every zoom) nor
 * one placed before it. One that no zoom frees shows only when its node is hovered or focused.
 *
 * Given a `frame`, a label in the build's view stays inside it, cut short after a whole word where
 * a spot has room for only part of it (at least MIN_CHARS): a long title at the picture's edge
 * would otherwise widen the picture and shrink every label on screen. A closer zoom's label hangs
 * wherever the reader has panned, and is never cut.
 */
export function placeLabels(labels: readonly LabelRequest[], marks: readonly Mark[], frame?: Box): PlacedLabel[] {
  const [markObstacles, labelObstacles] = [boxGrid<Obstacle>(GRID_CELL), boxGrid<Obstacle>(GRID_CELL)];
  for (const { id = '', at, r, layer = 0 } of marks) markObstacles.add(envelope(markBox(at, r)), { id, layer, zoom: 1, box: markBox(at, r) });
  const coverable = (label: LabelRequest, o: Obstacle) => label.overMarks !== undefined && o.layer <= label.overMarks;
  // What a spot covers in the build's view, of the obstacles whose envelopes meet it: every other one
  // is clear of it at every zoom that counts.
  const covered = (label: LabelRequest, { zoomBox }: Spot) => {
    const near = envelope(zoomBox);
    const hit = (o: Obstacle) => o.id !== label.id && overlapsAt(zoomBox, o.box, 1);
    const marksHit = markObstacles.near(near).filter(hit);
    return { labels: labelObstacles.near(near).filter(hit).length, blocked: marksHit.filter((o) => !coverable(label, o)).length, over: marksHit.filter((o) => coverable(label, o)).length };
  };
  const obstaclesFor = (label: LabelRequest, { zoomBox }: Spot) => {
    const near = envelope(zoomBox);
    return [...labelObstacles.near(near), ...markObstacles.near(near).filter((o) => !coverable(label, o))].filter((o) => o.id !== label.id);
  };
  const place = (label: LabelRequest, spot: Spot, zoom: number | undefined): PlacedLabel => {
    const { zoomBox, ...rest } = spot;
    if (zoom !== undefined) labelObstacles.add(envelope(zoomBox), { id: label.id, layer: Infinity, box: zoomBox, zoom });
    return { id: label.id, ...rest, box: boxAt(zoomBox, 1), ...(zoom !== undefined ? { zoom } : {}) };
  };
  const placed: PlacedLabel[] = [];
  const later: LabelRequest[] = [];
  const ordered = [...labels].sort((a, b) => b.priority - a.priority || byCodeUnits(a.id, b.id));
  for (const label of ordered) {
    const spots = [...candidates(label, frame), ...(label.landmark ? corners(label, frame) : [])].map((spot) => ({ spot, ...covered(label, spot) }));
    const allowed = spots.filter((s) => s.labels === 0 && s.blocked === 0);
    const best = allowed.reduce<(typeof allowed)[number] | undefined>((b, s) => (b && b.over <= s.over ? b : s), undefined);
    if (best) placed.push(place(label, best.spot, 1));
    else later.push(label);
  }
  for (const label of later) placed.push(place(label, ...closestFit(candidates(label), (spot) => obstaclesFor(label, spot), frame)));
  return placed;
}

/** The fewest characters a label is cut to at the frame's edge: fewer say too little to be worth the room. */
export const MIN_CHARS = 8;

type Spot = Omit<PlacedLabel, 'id' | 'box' | 'zoom'> & { zoomBox: ZoomBox };

/**
 * The spot a closer zoom frees first, and that zoom; the first spot and no zoom if none is freed
 * before MAX_ZOOM. A spot that leaves the frame waits for the first zoom past the build's view,
 * which the frame bounds.
 */
function closestFit(spots: readonly Spot[], obstaclesNear: (spot: Spot) => readonly Obstacle[], frame?: Box): [Spot, number | undefined] {
  const zooms = spots.map((spot) => {
    const zoom = labelZoom(spot.zoomBox, obstaclesNear(spot));
    return frame && !within(boxAt(spot.zoomBox, 1), frame) ? Math.max(zoom, PAST_FRAME_ZOOM) : zoom;
  });
  const best = zooms.reduce((b, z, i) => (z < zooms[b]! ? i : b), 0);
  const zoom = zooms[best]!;
  return [spots[best]!, zoom <= MAX_ZOOM ? zoom : undefined];
}

/**
 * The smallest zoom from which a label in `box` collides with nothing on screen at any closer
 * zoom: past every zoom range where it would overlap an obstacle that shows there too. Labels
 * only ever appear as the reader zooms in, never flicker off and on again.
 */
export function labelZoom(box: ZoomBox, obstacles: readonly Omit<Obstacle, 'layer'>[]): number {
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

/** Just past the build's view: the drawing's zooms are rounded up to hundredths. */
const PAST_FRAME_ZOOM = 1.01;

const within = (box: Box, frame: Box): boolean => box.x0 >= frame.x0 && box.y0 >= frame.y0 && box.x1 <= frame.x1 && box.y1 <= frame.y1;

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

/** Right, left, above and below a label's mark; in a frame, only those inside it, their text cut to its room. */
function candidates({ text, at, r }: LabelRequest, frame?: Box): Spot[] {
  const [spot, h, base] = [spotFor(text, frame), LINE, BASELINE];
  return [
    ...spot(at.x + r, at.y, GAP, base, 'start', (w) => ({ x0: GAP, y0: -h / 2, x1: GAP + w, y1: h / 2 })),
    ...spot(at.x - r, at.y, -GAP, base, 'end', (w) => ({ x0: -GAP - w, y0: -h / 2, x1: -GAP, y1: h / 2 })),
    ...spot(at.x, at.y - r, 0, -GAP - h / 2 + base, 'middle', (w) => ({ x0: -w / 2, y0: -GAP - h, x1: w / 2, y1: -GAP })),
    ...spot(at.x, at.y + r, 0, GAP + h / 2 + base, 'middle', (w) => ({ x0: -w / 2, y0: GAP, x1: w / 2, y1: GAP + h })),
  ];
}

/**
 * Above right, above left, below right and below left of a mark: a label starts or ends at the
 * mark's diagonal, clear of it, where each side is taken (a hub's spokes leave room between them).
 */
function corners({ text, at, r }: LabelRequest, frame?: Box): Spot[] {
  const [spot, h, base, c] = [spotFor(text, frame), LINE, BASELINE, r * Math.SQRT1_2];
  const [up, down] = [-GAP - h / 2 + base, GAP + h / 2 + base];
  return [
    ...spot(at.x + c, at.y - c, GAP, up, 'start', (w) => ({ x0: GAP, y0: -GAP - h, x1: GAP + w, y1: -GAP })),
    ...spot(at.x - c, at.y - c, -GAP, up, 'end', (w) => ({ x0: -GAP - w, y0: -GAP - h, x1: -GAP, y1: -GAP })),
    ...spot(at.x + c, at.y + c, GAP, down, 'start', (w) => ({ x0: GAP, y0: GAP, x1: GAP + w, y1: GAP + h })),
    ...spot(at.x - c, at.y + c, -GAP, down, 'end', (w) => ({ x0: -GAP - w, y0: GAP, x1: -GAP, y1: GAP + h })),
  ];
}

/** A line of label text, and how far below its middle the baseline lies. */
const LINE = FONT_SIZE * 1.2;
const BASELINE = FONT_SIZE * 0.35;

/**
 * A spot for `text` hanging from (x, y), its box at the build's zoom `box(width)` about that point;
 * none where a frame leaves it too little room.
 */
const spotFor =
  (text: string, frame?: Box) =>
  (x: number, y: number, dx: number, dy: number, anchor: Spot['anchor'], box: (w: number) => Box): Spot[] => {
    const advance = FONT_SIZE * CHAR_WIDTH;
    // The characters that fit between the spot's point and the frame's sides (both, for a centred label).
    const room = !frame ? Infinity : anchor === 'start' ? frame.x1 - x - GAP : anchor === 'end' ? x - GAP - frame.x0 : 2 * Math.min(x - frame.x0, frame.x1 - x);
    const fits = text.length * advance <= room;
    const chars = Math.floor(room / advance);
    if (!fits && chars < MIN_CHARS) return [];
    const shown = fits ? text : clipAtWord(text, chars);
    // Multiplied in this order as before the frame, so that the drawings stay byte for byte the same.
    const fixed = box(shown.length * FONT_SIZE * CHAR_WIDTH);
    if (frame && (y + fixed.y0 < frame.y0 || y + fixed.y1 > frame.y1)) return [];
    return [{ text: shown, x, y, dx, dy, anchor, zoomBox: { scaled: { x0: x, y0: y, x1: x, y1: y }, fixed } }];
  };

/** The smallest box holding every label shown in the build's view, to widen a drawing's extent. */
export const labelExtent = (labels: readonly PlacedLabel[]): Box | undefined => union(labels.filter((l) => l.zoom === 1).map((l) => l.box));
