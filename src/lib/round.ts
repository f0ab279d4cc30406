/**
 * A coordinate to `digits` decimals (a tenth by default): SVG drawn at the sizes the site uses shows
 * nothing finer, and every extra digit weighs on pages that draw hundreds of points.
 */
export const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;
