import type { Box } from '../lib/graph/box.ts';

/*
 * On a phone the picture keeps a legible size and its box scrolls sideways (NetworkExplorer.astro);
 * on a wide screen the box does not scroll, and all of this comes to nothing.
 */

/** Scrolls the picture's box so that `x`, in the viewBox's units, lies in its middle, as near as the box lets it. */
export function scrollBoxTo(svg: SVGSVGElement, x: number): void {
  const box = svg.parentElement;
  const ctm = svg.getScreenCTM();
  if (!box || !ctm) return;
  const at = new DOMPoint(x, 0).matrixTransform(ctm).x;
  box.scrollLeft += at - (box.getBoundingClientRect().left + box.clientLeft + box.clientWidth / 2);
}

/**
 * The first view, and Reset's: the build's zoom with Jakarta, whom the picture is drawn around, in
 * the middle of the box, so a phone opens on Jakarta and its closest links rather than on whatever
 * happens to sit at the picture's left edge.
 */
export function scrollHome(svg: SVGSVGElement): void {
  // Where the build put Jakarta across the picture, as a share of its width: the CSS that scrolls
  // there before the first paint reads the same mark (NetworkExplorer.astro).
  const home = svg.parentElement?.querySelector<HTMLElement>('.home')?.dataset['home'];
  const { x, width } = svg.viewBox.baseVal;
  scrollBoxTo(svg, x + width * (home === undefined ? 0.5 : Number(home)));
}

/** The part of the picture the box shows, in the viewBox's units: all of it on a wide screen, a strip on a phone. */
export function shownPart(svg: SVGSVGElement): Box {
  const { x, y, width, height } = svg.viewBox.baseVal;
  const all = { x0: x, y0: y, x1: x + width, y1: y + height };
  const box = svg.parentElement;
  const ctm = svg.getScreenCTM()?.inverse();
  if (!box || !ctm) return all;
  const toUnits = (px: number) => new DOMPoint(px, 0).matrixTransform(ctm).x;
  const left = box.getBoundingClientRect().left + box.clientLeft;
  return { ...all, x0: Math.max(all.x0, toUnits(left)), x1: Math.min(all.x1, toUnits(left + box.clientWidth)) };
}
