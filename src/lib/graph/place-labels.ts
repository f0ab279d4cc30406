import { byCodeUnits } from '../code-unit-order.ts';
import type { Point } from './layout-graph.ts';

export interface LabelRequest {
  id: string;
  text: string;
  at: Point;
  /** Radius of the mark the label belongs to. */
  r: number;
  /** Higher first: these get the free spots. */
  priority: number;
  /** A landmark's label may cover other marks (it is drawn above them), never another label. */
  overMarks?: boolean;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average advance of a character in the UI font, as a share of the font size. */
export const CHAR_WIDTH = 0.62;

/** The labels' font size, as graph.css sets it on the drawing. */
const FONT_SIZE = 11;

/**
 * Greedy label placement: by priority, each label takes the first of right, left, above and
 * below its mark that overlaps no mark and no label already placed; a label with no free spot
 * stays hidden until its node is hovered or focused. That is what keeps labels from piling up.
 */
export function placeLabels(labels: readonly LabelRequest[], marks: readonly { at: Point; r: number }[]): PlacedLabel[] {
  const markBoxes: Box[] = marks.map(({ at, r }) => ({ x0: at.x - r, y0: at.y - r, x1: at.x + r, y1: at.y + r }));
  const labelBoxes: Box[] = [];
  const placed: PlacedLabel[] = [];
  const ordered = [...labels].sort((a, b) => b.priority - a.priority || byCodeUnits(a.id, b.id));
  for (const label of ordered) {
    const obstacles = label.overMarks ? labelBoxes : [...markBoxes, ...labelBoxes];
    const spot = candidates(label).find(({ box }) => !obstacles.some((t) => overlaps(box, t, label)));
    if (!spot) continue;
    labelBoxes.push(spot.box);
    placed.push({ id: label.id, ...spot });
  }
  return placed;
}

function candidates({ text, at, r }: LabelRequest): Omit<PlacedLabel, 'id'>[] {
  const w = text.length * FONT_SIZE * CHAR_WIDTH;
  const h = FONT_SIZE * 1.2;
  const gap = r + 3;
  const base = FONT_SIZE * 0.35;
  return [
    { x: at.x + gap, y: at.y + base, anchor: 'start', box: { x0: at.x + gap, y0: at.y - h / 2, x1: at.x + gap + w, y1: at.y + h / 2 } },
    { x: at.x - gap, y: at.y + base, anchor: 'end', box: { x0: at.x - gap - w, y0: at.y - h / 2, x1: at.x - gap, y1: at.y + h / 2 } },
    { x: at.x, y: at.y - gap - h / 2 + base, anchor: 'middle', box: { x0: at.x - w / 2, y0: at.y - gap - h, x1: at.x + w / 2, y1: at.y - gap } },
    { x: at.x, y: at.y + gap + h / 2 + base, anchor: 'middle', box: { x0: at.x - w / 2, y0: at.y + gap, x1: at.x + w / 2, y1: at.y + gap + h } },
  ];
}

/** A label may touch its own mark (it starts beside it), never anything else. */
function overlaps(a: Box, b: Box, own: LabelRequest): boolean {
  const isOwnMark = b.x0 === own.at.x - own.r && b.y0 === own.at.y - own.r && b.x1 === own.at.x + own.r;
  return !isOwnMark && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The smallest box holding every placed label, to widen a drawing's extent. */
export function labelExtent(labels: readonly PlacedLabel[]): Box | undefined {
  if (!labels.length) return undefined;
  return labels.reduce((acc, { box }) => ({ x0: Math.min(acc.x0, box.x0), y0: Math.min(acc.y0, box.y0), x1: Math.max(acc.x1, box.x1), y1: Math.max(acc.y1, box.y1) }), labels[0]!.box);
}
