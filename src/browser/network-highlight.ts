import { nodeOf, type GraphView, type NodeView } from './network-view.ts';

/**
 * A node's neighbours light up while it is hovered or has focus. Returns what lets go of every
 * highlight: the neighbours' and the found node's mark (is-active, network-controls.ts).
 */
export function highlightNeighbours(svg: SVGSVGElement, view: GraphView): () => void {
  const { nodes, edges, neighbours } = view;
  const highlight = (node: NodeView | undefined) => {
    svg.classList.toggle('is-highlighting', Boolean(node));
    const near = node ? neighbours.get(node.id) ?? new Set<string>() : new Set<string>();
    for (const n of nodes) n.el.classList.toggle('is-near', near.has(n.id));
    for (const e of edges) e.el.classList.toggle('is-near', Boolean(node) && (e.source === node?.id || e.target === node?.id));
  };
  svg.addEventListener('pointerover', (e) => highlight(nodeOf(view, e.target)));
  svg.addEventListener('pointerout', () => highlight(nodeOf(view, document.activeElement)));
  svg.addEventListener('focusin', (e) => highlight(nodeOf(view, e.target)));
  svg.addEventListener('focusout', () => highlight(undefined));
  return () => {
    highlight(undefined);
    for (const n of nodes) n.el.classList.remove('is-active');
  };
}
