import { geoEqualEarth, geoGraticule10, geoPath } from 'd3';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GraphNode } from './model.ts';

export interface MapCity {
  node: GraphNode;
  x: number;
  y: number;
  /** The great-circle line from the centre city, as an SVG path. */
  arc: string;
}

export interface WorldMap {
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  land: string;
  borders: string;
  centre?: { node: GraphNode; x: number; y: number };
  cities: MapCity[];
}

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/**
 * Partner cities on a world map with a line from the centre city to each, projected at build
 * time from Natural Earth shapes (world-atlas): no tiles, nothing fetched.
 */
export function drawWorldMap(world: World, cities: readonly GraphNode[], centre = 'jakarta', width = 960): WorldMap {
  const projection = geoEqualEarth();
  const sphere = { type: 'Sphere' } as const;
  projection.fitWidth(width, sphere);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(path.bounds(sphere)[1][1]);
  const land = feature(world, world.objects.land) as FeatureCollection | Feature;
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
  const placed = cities.filter((c) => c.coordinates);
  const home = placed.find((c) => c.id === centre);
  const point = (node: GraphNode) => {
    const [x, y] = projection(node.coordinates as [number, number]) ?? [0, 0];
    return { x: round(x), y: round(y) };
  };
  return {
    width,
    height,
    sphere: path(sphere) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    land: path(land) ?? '',
    borders: path(borders) ?? '',
    ...(home ? { centre: { node: home, ...point(home) } } : {}),
    cities: placed
      .filter((c) => c !== home)
      .map((node) => ({
        node,
        ...point(node),
        arc: home ? path({ type: 'LineString', coordinates: [home.coordinates as [number, number], node.coordinates as [number, number]] }) ?? '' : '',
      })),
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
