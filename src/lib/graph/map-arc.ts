import { round } from '../round.ts';

/** How far an arc bows from its chord, as a share of the chord's length. */
const BOW = 0.18;

/**
 * A line on the map from one city to another, drawn in the map's plane as a curve, as maps of
 * flights are, rather than as a great circle. Jakarta's great circles to North America pass near
 * the North Pole, which the Equal Earth projection draws as the map's flat top edge, so they ran
 * along the frame; those to the Pacific coast crossed the map's side and came back in at the other.
 * Each curve bows toward the pole of the hemisphere it mostly lies in, as a great circle would.
 * `from` and `to` are projected points; `latitude` is the two cities' mean latitude.
 */
export function mapArc(from: readonly [number, number], to: readonly [number, number], latitude: number): string {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const length = Math.hypot(x1 - x0, y1 - y0);
  const start = `M${round(x0)},${round(y0)}`;
  if (length === 0) return start;
  // A unit normal to the chord, turned so that it points up the map (north) or down it (south).
  const flip = (x1 - x0 < 0) === latitude >= 0 ? 1 : -1;
  const [nx, ny] = [(-(y1 - y0) / length) * flip, ((x1 - x0) / length) * flip];
  const [cx, cy] = [(x0 + x1) / 2 + nx * BOW * length, (y0 + y1) / 2 + ny * BOW * length];
  return `${start}Q${round(cx)},${round(cy)} ${round(x1)},${round(y1)}`;
}
