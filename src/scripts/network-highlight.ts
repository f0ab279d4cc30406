import type { GraphView, NodeView } from './network-view.ts';

/** A node's neighbours light up while it is hovered or has focus. */
export function highlightNeighbours(svg: SVGSVGElement, { nodes, edges, byId, neighbours }: GraphView): void {
  const highlight = (node: NodeView | undefined) => {
    svg.classList.toggle('is-highlighting', Boolean(node));
    const near = node ? neighbours.get(node.id) ?? new Set<string>() : new Set<string>();
    for (const n of nodes) n.el.classList.toggle('is-near', near.has(n.id));
    for (const e of edges) e.el.classList.toggle('is-near', Boolean(node) && (e.source === node?.id || e.target === node?.id));
  };
  const nodeOf = (target: EventTarget | null) => {
    const id = target instanceof Element ? target.closest<SVGAElement>('.node')?.dataset['id'] : undefined;
    return byId.get(id ?? '');
  };
  svg.addEventListener('pointerover', (e) => highlight(nodeOf(e.target)));
  svg.addEventListener('pointerout', () => highlight(nodeOf(document.activeElement)));
  svg.addEventListener('focusin', (e) => highlight(nodeOf(e.target)));
  svg.addEventListener('focusout', () => highlight(undefined));
}
