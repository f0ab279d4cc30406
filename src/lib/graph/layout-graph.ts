import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import type { Graph, GraphNode } from './model.ts';
import { HOME_CITY } from '../home-city.ts';
import { isEvent } from './node-events.ts';
import { round } from '../round.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  /** Node centres by id, rounded to 0.1 so the SVG is byte-stable. */
  positions: Map<string, Point>;
  /** Radius of each node's mark. */
  radius: Map<string, number>;
  /** The drawing's extent, with room for marks: [minX, minY, width, height]. */
  viewBox: [number, number, number, number];
}

/** Seed of the simulation's random source: the same seed and graph give the same picture. */
const SEED = 0x1a4a27a;
/** Simulation steps; d3's default cooling reaches a stable layout in about 300. */
const TICKS = 300;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** Mark radius: events are landmarks; other nodes grow with their links (to events, and to a parent or branches). */
export function nodeRadius(node: GraphNode): number {
  if (isEvent(node)) return 9;
  return Math.min(4 + 1.5 * Math.sqrt(node.degree), 10);
}

/**
 * A force-directed layout computed at build time. d3-force is deterministic given its random
 * source, so a seeded LCG makes the build reproducible (d3 itself tests layouts this way).
 */
export function layoutGraph(graph: Graph): Layout {
  // forceSimulation mutates what it is given: it gets copies.
  const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: nodeRadius(n), ...(n.id === HOME_CITY ? { fx: 0, fy: 0 } : {}) }));
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const spread = 40 + 6 * Math.sqrt(nodes.length);
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(SEED))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((d) => d.id).distance(spread / 2))
    .force('charge', forceManyBody<SimNode>().strength(-1.5 * spread).distanceMax(spread * 6))
    .force('collide', forceCollide<SimNode>((d) => d.r + 7))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop();
  simulation.tick(TICKS);

  const positions = new Map(nodes.map((n) => [n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
  const radius = new Map(nodes.map((n) => [n.id, n.r]));
  return { positions, radius, viewBox: extent(positions, radius) };
}

function extent(positions: Map<string, Point>, radius: Map<string, number>, margin = 24): Layout['viewBox'] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [id, { x, y }] of positions) {
    const r = radius.get(id) ?? 0;
    minX = Math.min(minX, x - r);
    minY = Math.min(minY, y - r);
    maxX = Math.max(maxX, x + r);
    maxY = Math.max(maxY, y + r);
  }
  if (!Number.isFinite(minX)) return [0, 0, 1, 1];
  const x0 = Math.floor(minX - margin);
  const y0 = Math.floor(minY - margin);
  return [x0, y0, Math.ceil(maxX + margin) - x0, Math.ceil(maxY + margin) - y0];
}
