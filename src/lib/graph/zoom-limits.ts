/**
 * How far the network picture zooms, both ways. The build places labels up to the closest zoom (a
 * label that needs more never shows by zooming); the browser's picture and its buttons stop at both.
 */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 8;
