import type { Box } from '../lib/graph/box.ts';

/**
 * How far to move a drawing (`drawn`, where a zoom would leave it) so that a reader zooming out
 * does not lose it: wholly inside `view`, `margin` from its edges where there is room, when it fits
 * that way; otherwise covering `view`, no side left empty while the other is cut. Per axis, the
 * smallest such move, so the zoom stays as near as it can to the point it was about.
 */
export function keepInView(drawn: Box, view: Box, margin: number): { x: number; y: number } {
  return { x: shift(drawn.x0, drawn.x1, view.x0, view.x1, margin), y: shift(drawn.y0, drawn.y1, view.y0, view.y1, margin) };
}

function shift(a0: number, a1: number, v0: number, v1: number, margin: number): number {
  // Less margin where the drawing only just fits; none where it does not, and then the bounds swap:
  // the drawing's edges have to end up outside the view's rather than inside.
  const m = Math.min(margin, Math.max(0, (v1 - v0 - (a1 - a0)) / 2));
  const [toStart, toEnd] = [v0 + m - a0, v1 - m - a1];
  return Math.min(Math.max(0, Math.min(toStart, toEnd)), Math.max(toStart, toEnd));
}
