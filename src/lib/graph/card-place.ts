/** A card's offset from its city's dot, in the map's units. */
export interface CardOffset {
  dx: number;
  dy: number;
}

/**
 * Where a city's card goes on the partner map, as its top-left corner's offset from the dot: right
 * of and below the dot, `gap` away, or left of or above it where only that side has room; where
 * neither side has, as far towards the dot as keeps the card on the map. Cards that only ever
 * opened right or left of their dot ran past the map's edge: at scale 12 of 19 did.
 */
export function cardOffset(dot: { x: number; y: number }, card: { width: number; height: number }, map: { width: number; height: number }, gap = 10): CardOffset {
  return { dx: side(dot.x, card.width, map.width, gap), dy: side(dot.y, card.height, map.height, gap) };
}

/** Along one axis: after the dot, else before it, else centred on it and held inside [0, extent]. */
function side(at: number, size: number, extent: number, gap: number): number {
  if (at + gap + size <= extent) return gap;
  if (at - gap - size >= 0) return -gap - size;
  return Math.max(0, Math.min(extent - size, at - size / 2)) - at;
}
