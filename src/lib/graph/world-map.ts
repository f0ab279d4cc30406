import { geoEqualEarth, geoGraticule10, geoPath } from 'd3';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { HOME_CITY } from '../home-city.ts';
import { countryKey, type AtlasTopology } from './atlas-topology.ts';
import { mapArc } from './map-arc.ts';
import type { Graph, GraphNode } from './model.ts';
import { round } from '../round.ts';

export interface MapCity {
  node: GraphNode;
  x: number;
  y: number;
  /** The line from the centre city, as an SVG path (map-arc.ts). */
  arc: string;
}

export interface WorldMap {
  width: number;
  height: number;
  sphere: string;
  centre?: { node: GraphNode; x: number; y: number };
  cities: MapCity[];
}

/** The map's unchanging layers, as SVG paths in the same frame as {@link drawWorldMap}'s. */
export interface WorldBase {
  width: number;
  height: number;
  graticule: string;
  land: string;
  borders: string;
}

/** The width every map is drawn at; its height follows from the projection. */
const MAP_WIDTH = 960;

/** Where the base layers are published, below the site's base, and the ids of their paths there. */
export const WORLD_BASE_FILE = 'map/world.svg';
export const BASE_LAYERS = ['graticule', 'land', 'borders'] as const;

const SPHERE = { type: 'Sphere' } as const;

/** The Equal Earth projection fitted to the map's width, and a path generator to one decimal. */
function frame() {
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, SPHERE);
  const path = geoPath(projection).digits(1);
  return { projection, path, width: MAP_WIDTH, height: Math.ceil(path.bounds(SPHERE)[1][1]) };
}

/**
 * The land to draw: `world`'s, and the countries `detailed` lists that it does not. The 1:110m
 * atlas leaves out Malta, Bahrain, Mauritius, the Maldives and other small countries, where a
 * partner city would otherwise stand in the sea; their coasts come from the 1:50m one.
 */
export function landOf(world: AtlasTopology, detailed: AtlasTopology): FeatureCollection {
  const drawn = new Set(world.objects.countries.geometries.map(countryKey));
  const missing = detailed.objects.countries.geometries.filter((country) => !drawn.has(countryKey(country)));
  const features = (collection: FeatureCollection | Feature): Feature[] => (collection.type === 'Feature' ? [collection] : collection.features);
  return {
    type: 'FeatureCollection',
    features: [
      ...features(feature(world, world.objects.land)),
      ...features(feature(detailed, { type: 'GeometryCollection', geometries: missing })),
    ],
  };
}

/**
 * Graticule, land and borders from Natural Earth shapes (world-atlas): the same on every map, so
 * they are drawn once into a file of their own that pages share and browsers cache. Borders are
 * `world`'s alone: the small countries `detailed` adds are islands or too small to show one.
 */
export function drawWorldBase(world: AtlasTopology, detailed: AtlasTopology): WorldBase {
  const { path, width, height } = frame();
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { width, height, graticule: path(geoGraticule10()) ?? '', land: path(landOf(world, detailed)) ?? '', borders: path(borders) ?? '' };
}

/**
 * Partner cities on the world map with a line from the centre city to each, projected at build
 * time: no tiles, nothing fetched but the site's own base layers.
 */
export function drawWorldMap(cities: readonly GraphNode[]): WorldMap {
  const { projection, path, width, height } = frame();
  const placed = cities.filter(isPlaced);
  const home = placed.find((c) => c.id === HOME_CITY);
  const projected = (node: PlacedNode): [number, number] => projection(node.coordinates) ?? [0, 0];
  const point = (node: PlacedNode) => {
    const [x, y] = projected(node);
    return { x: round(x), y: round(y) };
  };
  return {
    width,
    height,
    sphere: path(SPHERE) ?? '',
    ...(home ? { centre: { node: home, ...point(home) } } : {}),
    cities: placed
      .filter((c) => c !== home)
      .map((node) => ({
        node,
        ...point(node),
        arc: home ? mapArc(projected(home), projected(node), (home.coordinates[1] + node.coordinates[1]) / 2) : '',
      })),
  };
}

type PlacedNode = GraphNode & Required<Pick<GraphNode, 'coordinates'>>;
const isPlaced = (node: GraphNode): node is PlacedNode => node.coordinates !== undefined;

/** The map of a graph's cities, as the network page and the archive draw it. */
export const partnerMap = (graph: Graph): WorldMap => drawWorldMap(graph.nodes.filter((n) => n.type === 'city'));

/** The base layers as an SVG file, each path bare so that it takes its colours from the `<use>` showing it. */
export function worldBaseSvg(base: WorldBase): string {
  const paths = BASE_LAYERS.map((layer) => `<path id="${layer}" d="${base[layer]}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}">${paths}</svg>\n`;
}

