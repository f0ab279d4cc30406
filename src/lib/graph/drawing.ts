import type { Lang } from '../../i18n/index.ts';
import { layoutGraph, type Layout } from './layout-graph.ts';
import type { Graph, GraphNode, Relation } from './model.ts';
import { isLandmark, labelLayer, nodeLabel } from './node-label.ts';
import { numberedRequests, type NumberKey } from './number-key.ts';
import { labelExtent, placeLabels, type LabelRequest, type PlacedLabel } from './place-labels.ts';
import { round } from '../round.ts';
import type { Box } from './box.ts';
import { CHAR_WIDTH, FONT_SIZE } from './label-font.ts';

export interface DrawnNode {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
  /** What a label or tooltip says. */
  text: string;
  /** Where the label goes (see PlacedLabel), and from which zoom it shows, if any. */
  label: Pick<PlacedLabel, 'x' | 'y' | 'dx' | 'dy' | 'anchor' | 'zoom'> & {
    /** In a drawing with a key, the box of a label that shows: print clears the lines under it. */
    paper?: Box;
  };
  /** In a drawing with a key, the number that labels a node whose name has no room: `text` is that number. */
  key?: number;
}

export interface DrawnEdge {
  source: string;
  target: string;
  relation: Relation;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Drawing {
  viewBox: [number, number, number, number];
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/**
 * A graph laid out and labelled for one language, ready to render as SVG: the labels differ in
 * length between languages, so each language gets its own placement on the same layout.
 *
 * With a `key`, for a picture that cannot zoom (the printed archive's), a node whose name has no
 * room and that the key numbers is labelled with its number instead.
 */
export function drawGraph(graph: Graph, lang: Lang, options: { layout?: Layout; key?: NumberKey } = {}): Drawing {
  const layout = options.layout ?? layoutGraph(graph);
  const at = (id: string) => layout.positions.get(id) ?? { x: 0, y: 0 };
  const r = (id: string) => layout.radius.get(id) ?? 4;
  const requests = graph.nodes.map(
    (node): LabelRequest => ({
      id: node.id,
      text: nodeLabel(node, lang),
      at: at(node.id),
      r: r(node.id),
      priority: labelLayer(node) * TIER + node.degree * 10 + node.events.length,
      layer: labelLayer(node),
      ...(isLandmark(node) ? { landmark: true } : {}),
      ...(labelLayer(node) > ARTICLES ? { overMarks: ARTICLES } : {}),
    }),
  );
  const frame = labelFrame(layout.viewBox);
  const first = placeLabels(requests, requests, frame);
  const numbered = options.key ? numberedRequests(requests, first, options.key) : undefined;
  const placed = numbered ? placeLabels(numbered.requests, requests, frame) : first;
  const keys = numbered?.numbers ?? new Map<string, number>();
  const placedById = new Map(placed.map((p) => [p.id, p]));
  // By layer: the landmarks' marks and names are drawn last, above any line or halo beside them.
  const ordered = [...graph.nodes].sort((a, b) => labelLayer(a) - labelLayer(b));
  const nodes = ordered.map((node): DrawnNode => {
    const { text, x, y, dx, dy, anchor, zoom, box } = placedById.get(node.id)!;
    const key = keys.get(node.id);
    const paper = options.key && (zoom === 1 || key !== undefined) ? { x0: round(box.x0), y0: round(box.y0), x1: round(box.x1), y1: round(box.y1) } : undefined;
    // A zoom to two decimals: finer steps than the zoom buttons' are never seen.
    const label = { x: round(x), y: round(y), dx: round(dx, 2), dy: round(dy, 2), anchor, ...(zoom !== undefined ? { zoom: Math.ceil(zoom * 100) / 100 } : {}), ...(paper ? { paper } : {}) };
    return { node, ...at(node.id), r: r(node.id), text: key === undefined ? text : String(key), label, ...(key !== undefined ? { key } : {}) };
  });
  const edges = graph.edges.map((e) => ({ source: e.source, target: e.target, relation: e.relation, x1: at(e.source).x, y1: at(e.source).y, x2: at(e.target).x, y2: at(e.target).y }));
  return { viewBox: widen(layout.viewBox, labelExtent(placed)), nodes, edges };
}

/** Apart from a layer's degree and events: every node of a layer ranks before every node of the next one down. */
const TIER = 1e7;

/**
 * The stand-alone articles' layer: the one mark every other label may cover where no spot is clear
 * of them all. A city's or organisation's dot is never covered, nor Jakarta's or an engagement's.
 */
const ARTICLES = 0;

/**
 * Where labels in the build's view may go: the marks' extent and, each side, room for a name of
 * LABEL_ROOM characters beside its mark. Beyond it a label is cut short rather than widening the
 * picture: at scale a few long titles at the sides tripled its width and shrank every label to 6 px.
 */
function labelFrame([x, y, w, h]: Layout['viewBox']): Box {
  const room = LABEL_ROOM * FONT_SIZE * CHAR_WIDTH;
  return { x0: x - room, y0: y, x1: x + w + room, y1: y + h };
}
/** The seed's widest label reaches 20 characters past its marks' extent. */
const LABEL_ROOM = 22;

/**
 * The partners whose names have no room in a drawing's first view, for a key. Not the stand-alone
 * articles, which stay bare marks as on screen: at scale the picture holds a hundred, whose titles
 * would bury the partners in the key.
 */
export const unnamedPartners = (drawing: Drawing): GraphNode[] => drawing.nodes.filter((n) => n.label.zoom !== 1 && n.node.type !== 'article').map((n) => n.node);

function widen(viewBox: Drawing['viewBox'], box: ReturnType<typeof labelExtent>, margin = 6): Drawing['viewBox'] {
  if (!box) return viewBox;
  const [x, y, w, h] = viewBox;
  const x0 = Math.floor(Math.min(x, box.x0 - margin));
  const y0 = Math.floor(Math.min(y, box.y0 - margin));
  return [x0, y0, Math.ceil(Math.max(x + w, box.x1 + margin)) - x0, Math.ceil(Math.max(y + h, box.y1 + margin)) - y0];
}
