import type { Lang } from '../../i18n/index.ts';
import { labelText } from './drawing.ts';
import { nodeRadius } from './layout-graph.ts';
import type { Graph, GraphNode, Relation } from './model.ts';
import { collate } from '../collate.ts';

export interface RadialNode {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Degrees the label is turned by so it reads outward along its spoke. */
  angle: number;
  anchor: 'start' | 'end';
}

export interface Neighbourhood {
  viewBox: [number, number, number, number];
  centre: RadialNode;
  ring: RadialNode[];
  spokes: { relation: Relation; x: number; y: number; id: string }[];
  /** Neighbours left off the wheel: the oldest stand-alone articles of a hub. */
  omitted: number;
}

/**
 * At most this many neighbours on a wheel (about 420 px across). A hub like Jakarta is mentioned by
 * every article; past this the wheel keeps its engagements and partners and the latest articles.
 */
export const MAX_SPOKES = 60;

const typeOrder = { engagement: 0, article: 1, organisation: 2, city: 3 } as const;
const FONT = 11;
const CHAR = 0.62 * FONT;

/**
 * One node and everything linked to it, as a wheel: the node in the middle, its neighbours on a
 * ring grouped by type, each label along its spoke. Spokes are spaced wider than a line of text,
 * so no two labels can touch, however many neighbours there are.
 */
export function drawNeighbourhood(graph: Graph, id: string, lang: Lang): Neighbourhood | undefined {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const centre = byId.get(id);
  if (!centre) return undefined;
  const links = graph.edges.filter((e) => e.source === id || e.target === id).map((e) => ({ node: byId.get(e.source === id ? e.target : e.source) as GraphNode, relation: e.relation }));
  const ring = kept(links)
    .sort((a, b) => typeOrder[a.node.type] - typeOrder[b.node.type] || collate(lang)(labelText(a.node, lang), labelText(b.node, lang)));
  const radius = Math.max(70, (ring.length * FONT * 1.5) / (2 * Math.PI));
  // One or two neighbours sit left and right, so their labels read level; more start at the top.
  const start = ring.length <= 2 ? 0 : -Math.PI / 2 + Math.PI / ring.length;
  const placed = ring.map(({ node, relation }, i) => {
    const theta = start + (2 * Math.PI * i) / ring.length;
    const x = round(radius * Math.cos(theta));
    const y = round(radius * Math.sin(theta));
    const right = Math.cos(theta) >= -1e-9;
    const degrees = (theta * 180) / Math.PI;
    return { relation, drawn: { node, x, y, r: Math.min(nodeRadius(node), 7), text: labelText(node, lang), angle: round(right ? degrees : degrees + 180), anchor: right ? 'start' : 'end' } as RadialNode };
  });
  return {
    viewBox: bounds(placed.map((p) => p.drawn), radius),
    centre: { node: centre, x: 0, y: 0, r: 10, text: labelText(centre, lang), angle: 0, anchor: 'start' },
    ring: placed.map((p) => p.drawn),
    spokes: placed.map((p) => ({ relation: p.relation, x: p.drawn.x, y: p.drawn.y, id: p.drawn.node.id })),
    omitted: links.length - ring.length,
  };
}

/** The neighbours a wheel has room for: all but stand-alone articles first, then the latest articles. */
function kept<T extends { node: GraphNode }>(links: readonly T[]): T[] {
  if (links.length <= MAX_SPOKES) return [...links];
  const article = (l: T) => l.node.type === 'article';
  const latest = (a: T, b: T) => (b.node.date ?? '').localeCompare(a.node.date ?? '') || a.node.id.localeCompare(b.node.id);
  return [...links.filter((l) => !article(l)), ...links.filter(article).sort(latest)].slice(0, MAX_SPOKES);
}

/** The box around the wheel and the far end of every label along its spoke. */
function bounds(ring: readonly RadialNode[], radius: number, margin = 8): Neighbourhood['viewBox'] {
  let [x0, y0, x1, y1] = [-radius, -radius, radius, radius].map((v) => v * 0.5) as [number, number, number, number];
  for (const n of ring) {
    const reach = Math.hypot(n.x, n.y) + n.r + 4 + n.text.length * CHAR;
    const theta = Math.atan2(n.y, n.x);
    const [ex, ey] = [reach * Math.cos(theta), reach * Math.sin(theta)];
    x0 = Math.min(x0, ex, n.x - n.r - FONT);
    x1 = Math.max(x1, ex, n.x + n.r + FONT);
    y0 = Math.min(y0, ey - FONT, n.y - n.r - FONT);
    y1 = Math.max(y1, ey + FONT, n.y + n.r + FONT);
  }
  return [Math.floor(x0 - margin), Math.floor(y0 - margin), Math.ceil(x1 - x0 + 2 * margin), Math.ceil(y1 - y0 + 2 * margin)];
}

const round = (v: number) => Math.round(v * 10) / 10;
