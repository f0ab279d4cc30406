import { drag, select, zoom, zoomIdentity, type D3ZoomEvent } from 'd3';
import type { GraphView, NodeView } from './network-view.ts';
import { MAX_ZOOM } from '../lib/graph/place-labels.ts';

/** What the rest of the page does to the picture, beside the reader's own zooms, pans and drags. */
interface Picture {
  /** Zooms in on `node`, puts it in the middle of the picture and on screen, and gives it focus. */
  showNode(node: NodeView): void;
  zoomBy(factor: number): void;
  /** Every node back where the build put it. */
  putNodesBack(): void;
  resetZoom(): void;
}

/** Lets the reader zoom and pan the picture the build drew, and drag its nodes. */
export function enablePicture(svg: SVGSVGElement, viewport: SVGGElement, { nodes, edges, byId }: GraphView, onScale: (k: number) => void): Picture {
  // Zoom and pan move one group; the SVG's viewBox stays the build's.
  const { x: vx, y: vy, width: vw, height: vh } = svg.viewBox.baseVal;
  // One finger scrolls the page (and the picture sideways on a phone) as anywhere else; two pan and pinch.
  const zoomer = zoom<SVGSVGElement, unknown>()
    .filter((event: MouseEvent | WheelEvent | TouchEvent) =>
      'touches' in event ? event.touches.length > 1 : (!event.ctrlKey || event.type === 'wheel') && !event.button,
    )
    .scaleExtent([0.5, MAX_ZOOM])
    .extent([[vx, vy], [vx + vw, vy + vh]])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
      onScale(event.transform.k);
    });
  const svgSel = select(svg).call(zoomer);

  // Dragging moves a node and the ends of its lines; a drag does not count as a click.
  const move = (node: NodeView) => {
    node.el.setAttribute('transform', `translate(${node.x - node.x0},${node.y - node.y0})`);
    for (const e of edges) {
      const end = e.source === node.id ? '1' : e.target === node.id ? '2' : undefined;
      if (!end) continue;
      e.el.setAttribute(`x${end}`, String(node.x));
      e.el.setAttribute(`y${end}`, String(node.y));
    }
  };
  select(svg)
    .selectAll<SVGAElement, unknown>('.node')
    .call(
      drag<SVGAElement, unknown>().on('drag', function (event: { dx: number; dy: number }) {
        const node = byId.get(this.dataset['id'] ?? '');
        if (!node) return;
        node.x += event.dx;
        node.y += event.dy;
        move(node);
      }),
    );

  return {
    showNode(node) {
      svgSel.transition().duration(reducedMotion() ? 0 : 400).call(zoomer.transform, zoomIdentity.translate(vx + vw / 2, vy + vh / 2).scale(1.75).translate(-node.x, -node.y));
      node.el.focus({ preventScroll: true });
      // The node is now in the middle of the picture. On a phone the picture is wider than the screen
      // and scrolls sideways, so its middle is brought into view as well as the picture itself.
      svg.scrollIntoView({ block: 'nearest' });
      const scroller = svg.parentElement;
      if (scroller) scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
    },
    zoomBy(factor) {
      svgSel.transition().duration(reducedMotion() ? 0 : 250).call(zoomer.scaleBy, factor);
    },
    putNodesBack() {
      for (const n of nodes) {
        Object.assign(n, { x: n.x0, y: n.y0 });
        move(n);
      }
    },
    resetZoom() {
      svgSel.call(zoomer.transform, zoomIdentity);
    },
  };
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
