import { union, type Box } from '../lib/graph/box.ts';
import { keepInView } from './network-keep-in-view.ts';

/**
 * Where a part of the picture lies at zoom k, in the drawing's units scaled by k (before the
 * zoom's pan). A mark scales with k; a label keeps its size on screen and only its point moves.
 */
export type PartAt = (k: number) => Box;

/** A zoom: scale by k, then move by (x, y), as d3-zoom's transforms do. */
export interface Fit {
  k: number;
  x: number;
  y: number;
}

/**
 * The closest zoom, between `minZoom` and `maxZoom`, at which every part fits in `view` with
 * `padding` around them, and the pan that centres them: a few nodes left by a filter fill the
 * picture, a single one does not fill it alone. Labels keep their size as marks spread, so the
 * zoom is searched for (the parts' extent grows with k) rather than worked out from one box.
 *
 * Where not even `minZoom` fits them all (on a phone the view is the strip on screen, and the
 * floor keeps labels legible), the pan moves the `marks` into the view, as little as will do: the
 * parts centred had left the nodes at both sides off screen, Jakarta among them, and only the
 * labels running past the strip's edges are left for the reader to scroll to.
 */
export function fitZoom(
  parts: readonly PartAt[],
  view: Box,
  { padding, minZoom, maxZoom }: { padding: number; minZoom: number; maxZoom: number },
  marks: readonly PartAt[] = [],
): Fit {
  const [width, height] = [view.x1 - view.x0 - 2 * padding, view.y1 - view.y0 - 2 * padding];
  const at = (k: number) => union(parts.map((part) => part(k)));
  const fits = (k: number) => {
    const box = at(k);
    return !box || (box.x1 - box.x0 <= width && box.y1 - box.y0 <= height);
  };
  let [lo, hi] = [minZoom, maxZoom];
  if (fits(hi)) lo = hi;
  // Forty halvings leave the zoom within a trillionth of the range: finer than any screen shows.
  else for (let i = 0; i < 40; i++) [lo, hi] = fits((lo + hi) / 2) ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
  const box = at(lo) ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
  const [x, y] = [(view.x0 + view.x1 - box.x0 - box.x1) / 2, (view.y0 + view.y1 - box.y0 - box.y1) / 2];
  const drawn = union(marks.map((mark) => mark(lo)));
  if (!drawn) return { k: lo, x, y };
  const move = keepInView({ x0: drawn.x0 + x, y0: drawn.y0 + y, x1: drawn.x1 + x, y1: drawn.y1 + y }, view, padding);
  return { k: lo, x: x + move.x, y: y + move.y };
}
