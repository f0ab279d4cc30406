import { eventsByNode } from '../lib/graph/node-events.ts';
import type { FilterableNode } from './network-filter.ts';

/** A drawn node, read back from the build's data attributes. */
export interface NodeView extends FilterableNode {
  el: SVGAElement;
  names: string[];
  /** Its links in the whole graph, as its name and the list of nodes count them; a large graph draws only some. */
  degree: number;
  x: number;
  y: number;
  /** Where the build put it; drags are offsets from here. */
  x0: number;
  y0: number;
}

interface EdgeView {
  el: SVGLineElement;
  source: string;
  target: string;
  partOf: boolean;
}

export interface GraphView {
  nodes: NodeView[];
  edges: EdgeView[];
  byId: Map<string, NodeView>;
  /** Each node's neighbours in the drawing, the node itself among them. */
  neighbours: Map<string, Set<string>>;
}

/** The nodes and lines the build drew into `svg`, with what the scripts work out from them. */
export function readGraphView(svg: SVGSVGElement): GraphView {
  const nodes: NodeView[] = [...svg.querySelectorAll<SVGAElement>('.node')].map((el) => {
    const x = Number(el.dataset['x']);
    const y = Number(el.dataset['y']);
    return {
      el,
      id: el.dataset['id'] ?? '',
      type: el.dataset['type'] ?? '',
      years: (el.dataset['years'] ?? '').split(' ').filter(Boolean).map(Number),
      events: [],
      names: [el.querySelector('.label')?.textContent ?? '', ...(el.dataset['names'] ?? '').split('|')].filter(Boolean),
      degree: Number(el.dataset['degree']),
      x,
      y,
      x0: x,
      y0: y,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = [...svg.querySelectorAll<SVGLineElement>('.edge')].map((el) => ({ el, source: el.dataset['source'] ?? '', target: el.dataset['target'] ?? '', partOf: el.classList.contains('rel-part-of') }));
  const linkedEvents = eventsByNode(nodes, edges);
  for (const node of nodes) node.events = [...(linkedEvents.get(node.id) ?? [])];
  const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set([n.id])]));
  for (const { source, target } of edges) {
    neighbours.get(source)?.add(target);
    neighbours.get(target)?.add(source);
  }
  return { nodes, edges, byId, neighbours };
}

/** Whether the filters leave `node` in the picture (network-controls.ts hides the others). */
export const isShown = (node: NodeView): boolean => !node.el.classList.contains('is-hidden');

/** The node an event happened on or in, if any. */
export function nodeOf({ byId }: GraphView, target: EventTarget | null): NodeView | undefined {
  const id = target instanceof Element ? target.closest<SVGAElement>('.node')?.dataset['id'] : undefined;
  return byId.get(id ?? '');
}
