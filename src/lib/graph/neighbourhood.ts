import type { Lang } from '../../i18n/index.ts';
import { labelText, linkName } from '../short-label.ts';
import { CHAR_WIDTH, FONT_SIZE } from './label-font.ts';
import type { Graph, GraphNode, NodeType, Relation } from './model.ts';
import { collate } from '../collate.ts';
import { byCodeUnits } from '../code-unit-order.ts';

export interface Neighbour {
  node: GraphNode;
  relation: Relation;
  /** The node's label, whole. */
  text: string;
  /** What its link is called (see linkName). */
  name: string;
}

/** One node and the neighbours a drawing of it shows, in the order it shows them. */
export interface Neighbours {
  centre: GraphNode;
  ring: Neighbour[];
  /** Neighbours left out: stand-alone articles past the latest MAX_ARTICLES, and any other neighbours past MAX_SPOKES. */
  omitted: number;
  /** The types of the neighbours left out, in the drawing's order of types. */
  omittedTypes: NodeType[];
}

/**
 * At most this many neighbours in a drawing. A hub like Jakarta is mentioned by every article;
 * past this a drawing keeps its other neighbours first (in the graph's edge order, should even
 * they be more) and then the latest articles.
 */
export const MAX_SPOKES = 60;

/**
 * At most this many stand-alone articles in a drawing, the latest. At scale a city's page opened on
 * 56 rows of look-alike, cut-short titles (1,316 px at 5,000 articles) before the list below that
 * names them in full; its engagements and partners are what the picture tells that the list does not.
 */
export const MAX_ARTICLES = 8;

/** The width of an average character of a label. */
export const CHAR = CHAR_WIDTH * FONT_SIZE;
/** Space between a neighbour's mark and its label. */
export const LABEL_GAP = 4;

const typeOrder = { engagement: 0, article: 1, organisation: 2, city: 3 } as const;

/**
 * A node's neighbours grouped by type, as many as a drawing has room for: engagements and articles
 * in date order, as the timeline lists them, partners by name.
 */
export function neighboursOf(graph: Graph, id: string, lang: Lang): Neighbours | undefined {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const centre = byId.get(id);
  if (!centre) return undefined;
  const links = graph.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e): Neighbour => {
      const other = e.source === id ? e.target : e.source;
      const node = byId.get(other);
      if (!node) throw new Error(`neighboursOf("${id}"): its edge to "${other}" ends at no node of the graph`);
      return { node, relation: e.relation, text: labelText(node, lang), name: linkName(node, lang) };
    });
  const byName = collate(lang);
  const ring = kept(links).sort(
    (a, b) => typeOrder[a.node.type] - typeOrder[b.node.type] || byCodeUnits(a.node.date ?? '', b.node.date ?? '') || byName(a.text, b.text),
  );
  const drawn = new Set(ring);
  const omittedTypes = [...new Set(links.filter((l) => !drawn.has(l)).map((l) => l.node.type))].sort((a, b) => typeOrder[a] - typeOrder[b]);
  return { centre, ring, omitted: links.length - ring.length, omittedTypes };
}

/** The neighbours a drawing has room for: all but stand-alone articles first, then the latest articles. */
function kept(links: readonly Neighbour[]): Neighbour[] {
  const article = (l: Neighbour) => l.node.type === 'article';
  const articles = links.filter(article);
  if (links.length <= MAX_SPOKES && articles.length <= MAX_ARTICLES) return [...links];
  const latest = (a: Neighbour, b: Neighbour) => byCodeUnits(b.node.date ?? '', a.node.date ?? '') || byCodeUnits(a.node.id, b.node.id);
  return [...links.filter((l) => !article(l)), ...articles.sort(latest).slice(0, MAX_ARTICLES)].slice(0, MAX_SPOKES);
}
