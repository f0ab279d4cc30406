import { MAX_ZOOM, MIN_ZOOM } from '../lib/graph/zoom-limits.ts';

/**
 * Marks + and − unavailable at the zoom's limits and available again away from them, whatever moved
 * the zoom: the buttons, the wheel, a pinch, a filter's fit or Reset view. Returns what to call with
 * each new zoom factor; d3-zoom clamps it to the limits exactly. aria-disabled, not disabled: a
 * disabled button loses focus, and a reader pressing + to the limit would be dropped out of the page.
 */
export function zoomButtons(root: HTMLElement): (k: number) => void {
  const [zoomIn, zoomOut] = ['[data-zoom-in]', '[data-zoom-out]'].map((s) => root.querySelector(s));
  return (k) => {
    zoomIn?.setAttribute('aria-disabled', String(k >= MAX_ZOOM));
    zoomOut?.setAttribute('aria-disabled', String(k <= MIN_ZOOM));
  };
}
