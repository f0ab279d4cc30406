import { nodeRadius } from './layout-graph.ts';
import { FONT_SIZE } from './label-font.ts';
import { CHAR, LABEL_GAP, type Neighbours } from './neighbourhood.ts';
import type { GraphNode, Relation } from './model.ts';
import { round } from '../round.ts';

export interface WheelNode {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
  text: string;
  /** What its link is called (see linkName). */
  name: string;
  /** Degrees the label is turned by so it reads outward along its spoke. */
  angle: number;
  anchor: 'start' | 'end';
}

export interface Wheel {
  viewBox: [number, number, number, number];
  /** The centre's mark, at the origin. */
  r: number;
  ring: WheelNode[];
  spokes: { relation: Relation; x: number; y: number }[];
}

/**
 * A node's neighbourhood as a wheel: the node in the middle, its neighbours on a ring in the given
 * order, each label along its spoke. Spokes are spaced wider than a line of text, so no two labels
 * can touch, however many neighbours there are (at most 60: about 420 units across).
 */
export function drawWheel({ ring }: Neighbours): Wheel {
  const radius = Math.max(70, (ring.length * FONT_SIZE * 1.5) / (2 * Math.PI));
  // One or two neighbours sit left and right, so their labels read level; more start at the top.
  const start = ring.length <= 2 ? 0 : -Math.PI / 2 + Math.PI / ring.length;
  const placed = ring.map(({ node, relation, text, name }, i) => {
    const theta = start + (2 * Math.PI * i) / ring.length;
    const x = round(radius * Math.cos(theta));
    const y = round(radius * Math.sin(theta));
    const right = Math.cos(theta) >= -1e-9;
    const degrees = (theta * 180) / Math.PI;
    return { relation, drawn: { node, x, y, r: Math.min(nodeRadius(node), 7), text, name, angle: round(right ? degrees : degrees + 180), anchor: right ? 'start' : 'end' } satisfies WheelNode };
  });
  return {
    viewBox: bounds(placed.map((p) => p.drawn), radius),
    r: 10,
    ring: placed.map((p) => p.drawn),
    spokes: placed.map((p) => ({ relation: p.relation, x: p.drawn.x, y: p.drawn.y })),
  };
}

/**
 * The widest wheel worth drawing: the figure is at most 36rem (576 px) wide, so a wider wheel is
 * shrunk, and past this its 11-unit labels would drop below 10 px. Long labels, like a hub's
 * article titles, make wheels this wide; their neighbourhood is better read as a fan.
 */
export const MAX_WHEEL_WIDTH = 630;

/** Fewer neighbours than this sit far apart on a wheel, most labels turned steeply: level rows read better. */
export const MIN_WHEEL_SPOKES = 8;

/** The wheel, when it is the better drawing: enough neighbours, and labels short enough to read. */
export function legibleWheel(neighbours: Neighbours): Wheel | undefined {
  if (neighbours.ring.length < MIN_WHEEL_SPOKES) return undefined;
  const wheel = drawWheel(neighbours);
  return wheel.viewBox[2] <= MAX_WHEEL_WIDTH ? wheel : undefined;
}

/** Where a label starts along its turned spoke, measured from its mark. */
export const wheelLabelX = (n: WheelNode): number => (n.anchor === 'start' ? 1 : -1) * (n.r + LABEL_GAP);

/** The box around the wheel and the far end of every label along its spoke. */
function bounds(ring: readonly WheelNode[], radius: number, margin = 8): Wheel['viewBox'] {
  let [x0, y0, x1, y1] = [-radius, -radius, radius, radius].map((v) => v * 0.5) as [number, number, number, number];
  for (const n of ring) {
    const reach = Math.hypot(n.x, n.y) + n.r + LABEL_GAP + n.text.length * CHAR;
    const theta = Math.atan2(n.y, n.x);
    const [ex, ey] = [reach * Math.cos(theta), reach * Math.sin(theta)];
    x0 = Math.min(x0, ex, n.x - n.r - FONT_SIZE);
    x1 = Math.max(x1, ex, n.x + n.r + FONT_SIZE);
    y0 = Math.min(y0, ey - FONT_SIZE, n.y - n.r - FONT_SIZE);
    y1 = Math.max(y1, ey + FONT_SIZE, n.y + n.r + FONT_SIZE);
  }
  return [Math.floor(x0 - margin), Math.floor(y0 - margin), Math.ceil(x1 - x0 + 2 * margin), Math.ceil(y1 - y0 + 2 * margin)];
}

