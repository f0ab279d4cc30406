/** A node where the picture draws it, in the drawing's units: y grows downwards. */
export interface Point {
  x: number;
  y: number;
}

/** The way each arrow key points, as a step across the picture. */
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The keys that move the focus among the nodes, and that the page then does not also scroll with. */
export const isGraphKey = (key: string): boolean => key in ARROWS || key === 'Home' || key === 'End';

/**
 * The node a key takes the focus to, among `points` (the nodes on screen): for an arrow, the nearest
 * one that way from `from`; for Home and End, the picture's first and last, read as a page is, from
 * the top left to the bottom right. Undefined when nothing lies that way, or with no node to start from.
 */
export function nodeForKey<T extends Point>(key: string, from: Point | undefined, points: readonly T[]): T | undefined {
  if (key === 'Home' || key === 'End') return nearest(points, (p) => (key === 'Home' ? 1 : -1) * (p.x + p.y));
  const arrow = ARROWS[key];
  return arrow && from ? nearestToward(from, points, arrow) : undefined;
}

/**
 * The nearest point ahead of `from`: within 45° either side of the way the arrow points, where the
 * eye looks; failing that, anywhere ahead, so a node off to the side is not out of reach.
 */
function nearestToward<T extends Point>(from: Point, points: readonly T[], [dx, dy]: readonly [number, number]): T | undefined {
  const ahead = points.flatMap((p) => {
    const along = (p.x - from.x) * dx + (p.y - from.y) * dy;
    const across = Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
    return along > 0 ? [{ p, along, across }] : [];
  });
  const inWedge = ahead.filter(({ along, across }) => across <= along);
  return nearest(inWedge.length ? inWedge : ahead, ({ along, across }) => Math.hypot(along, across))?.p;
}

/** The item of least `cost`, the first of those that tie. */
function nearest<T>(items: readonly T[], cost: (item: T) => number): T | undefined {
  let best: T | undefined;
  let least = Infinity;
  for (const item of items) {
    const c = cost(item);
    if (c < least) [best, least] = [item, c];
  }
  return best;
}

/**
 * The one node of the picture that Tab stops at: the first of `preferred` still on screen (the node
 * last in focus, then the one the picture is drawn around), else the first node on screen.
 */
export function tabStop<T>(nodes: readonly T[], shown: (node: T) => boolean, ...preferred: (T | undefined)[]): T | undefined {
  return [...preferred, ...nodes].find((n): n is T => n !== undefined && shown(n));
}
