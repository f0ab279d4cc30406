import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geoDistance } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { distanceToShape, EARTH_RADIUS_KM } from '../../../scripts/ingest/distance-to-shape.ts';

// A square of one degree on the equator, clockwise as d3-geo reads a shape's outside ring.
const SQUARE: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]] };
// Ten degrees around it, with a hole of one degree in the middle, counter-clockwise as a hole is.
const FRAME: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [[[[-5, -5], [-5, 5], [5, 5], [5, -5], [-5, -5]], [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]],
};
const DEGREE_KM = (Math.PI / 180) * EARTH_RADIUS_KM;

describe('distance from a point to a shape', () => {
  it('is nothing inside the shape', () => {
    assert.equal(distanceToShape(SQUARE, [0.5, 0.5]), 0);
  });

  it('is measured to the nearest edge, not to its nearest corner, beside an edge', () => {
    const distance = distanceToShape(SQUARE, [0.5, 2]);
    assert.ok(Math.abs(distance - DEGREE_KM) < 0.1, `${distance} km`);
    assert.ok(distance < geoDistance([0.5, 2], [0, 1]) * EARTH_RADIUS_KM - 10);
    assert.ok(Math.abs(distanceToShape(SQUARE, [-1, 0.5]) - DEGREE_KM) < 0.1);
  });

  it('is measured to the corner beyond the ends of the edges', () => {
    assert.ok(Math.abs(distanceToShape(SQUARE, [2, 2]) - geoDistance([2, 2], [1, 1]) * EARTH_RADIUS_KM) < 1e-6);
  });

  it('is measured to a hole’s edge from inside the hole, as from an enclave (Lesotho in South Africa)', () => {
    assert.equal(distanceToShape(FRAME, [2, 2]), 0);
    const distance = distanceToShape(FRAME, [0.5, 0.75]);
    assert.ok(Math.abs(distance - DEGREE_KM / 4) < 0.1, `${distance} km`);
  });
});
