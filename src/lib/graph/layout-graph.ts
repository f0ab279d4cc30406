import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import type { Graph, GraphNode } from './model.ts';
import { HOME_CITY } from '../home-city.ts';
import { isEvent } from './node-events.ts';
import { round } from '../round.ts';
import { isLandmark, widestLabel } from './node-label.ts';
import { FONT_SIZE } from './label-font.ts';

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
/** Steps more, cooled, to clear the landmarks' names and settle the marks moved doing so. */
const CLEARING_TICKS = 30;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  /** A landmark's name's width, in either language: the layout keeps a strip that wide right of its mark clear. */
  name?: number;
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
  const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: nodeRadius(n), ...(n.id === HOME_CITY ? { fx: 0, fy: 0 } : {}), ...(isLandmark(n) ? { name: widestLabel(n) } : {}) }));
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
  // Only once the layout has settled: from the start, the strips reshuffled the whole picture.
  simulation.force('names', clearNames(nodes)).tick(CLEARING_TICKS);

  const positions = new Map(nodes.map((n) => [n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
  const radius = new Map(nodes.map((n) => [n.id, n.r]));
  return { positions, radius, viewBox: extent(positions, radius) };
}

/**
 * A force that moves every mark out of the strip right of a landmark's mark, where its name goes,
 * up or down, whichever is nearer: a hub's partners ring it on every side, and its name had no
 * spot but over some of their marks. The strip is a line of text tall, with room for a mark's
 * stroke and the name's halo.
 */
function clearNames(nodes: readonly SimNode[]): (alpha: number) => void {
  const landmarks = nodes.filter((n) => n.name !== undefined);
  const half = (FONT_SIZE * 1.2) / 2 + NAME_CLEARANCE;
  return () => {
    for (const l of landmarks) {
      const [lx, ly] = [l.x ?? 0, l.y ?? 0];
      const [x0, x1] = [lx + l.r, lx + l.r + NAME_GAP + (l.name ?? 0) + NAME_CLEARANCE];
      for (const n of nodes) {
        const [nx, ny] = [n.x ?? 0, n.y ?? 0];
        if (n === l || nx + n.r <= x0 || nx - n.r >= x1 || Math.abs(ny - ly) >= half + n.r) continue;
        // Straight out of the strip, shared with the landmark unless one of them is pinned.
        const push = (ny >= ly ? 1 : -1) * (half + n.r - Math.abs(ny - ly));
        const [mine, theirs] = n.fy != null ? [0, 1] : l.fy != null ? [1, 0] : [0.5, 0.5];
        n.y = ny + push * mine;
        l.y = ly - push * theirs;
      }
    }
  };
}
/** Between a landmark's mark and its name, as the labels leave it (place-labels.ts). */
const NAME_GAP = 3;
/** Room round a landmark's name: a mark's stroke, the name's halo, and text a little wider than its estimate. */
const NAME_CLEARANCE = 3;

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
