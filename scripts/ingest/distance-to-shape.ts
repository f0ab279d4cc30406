import { geoContains } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';

/** The Earth's mean radius: kilometres from the angles the sphere's geometry gives. */
export const EARTH_RADIUS_KM = 6371;

type Vector = readonly [number, number, number];
/** [longitude, latitude] in degrees. */
export type Point = readonly [number, number];

const RADIANS = Math.PI / 180;

// GeoJSON types a position as number[]: the atlas's and the gazetteer's all have their two numbers.
const unit = ([longitude = 0, latitude = 0]: Position | Point): Vector => {
  const [λ, φ] = [longitude * RADIANS, latitude * RADIANS];
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
};
const cross = (a: Vector, b: Vector): Vector => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vector, b: Vector): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const length = (a: Vector): number => Math.hypot(...a);
/** atan2 rather than acos of the dot product, which loses the small angles this is for. */
const angle = (a: Vector, b: Vector): number => Math.atan2(length(cross(a, b)), dot(a, b));

/** The angle from `p` to the arc of great circle from `a` to `b`: d3-geo draws and tests a shape's edges as such arcs. */
function angleToEdge(p: Vector, a: Vector, b: Vector): number {
  const normal = cross(a, b);
  const size = length(normal);
  if (size === 0) return angle(p, a);
  const n: Vector = [normal[0] / size, normal[1] / size, normal[2] / size];
  const offCircle = dot(p, n);
  // The foot of the perpendicular from p to the circle is on the edge when a, foot and b come in that order around n.
  const foot: Vector = [p[0] - offCircle * n[0], p[1] - offCircle * n[1], p[2] - offCircle * n[2]];
  if (dot(cross(a, foot), n) >= 0 && dot(cross(foot, b), n) >= 0) return Math.asin(Math.min(1, Math.abs(offCircle)));
  return Math.min(angle(p, a), angle(p, b));
}

/** How far, in kilometres along the Earth, `point` is from `shape`: 0 inside it, else from its nearest edge. */
export function distanceToShape(shape: MultiPolygon, point: Point): number {
  if (geoContains(shape, [...point])) return 0;
  const p = unit(point);
  let nearest = Math.PI;
  for (const ring of shape.coordinates.flat()) {
    const corners = ring.map(unit);
    for (let i = 1; i < corners.length; i++) nearest = Math.min(nearest, angleToEdge(p, corners[i - 1]!, corners[i]!));
  }
  return nearest * EARTH_RADIUS_KM;
}
