import { drag, select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3';
import { isShown, type GraphView, type NodeView } from './network-view.ts';
import { fitZoom, type PartAt } from './network-fit.ts';
import { keepInView } from './network-keep-in-view.ts';
import { scrollBoxTo, scrollHome, shownPart } from './network-scroll.ts';
import { union, type Box } from '../lib/graph/box.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../lib/graph/zoom-limits.ts';

/** What the rest of the page does to the picture, beside the reader's own zooms, pans and drags. */
interface Picture {
  /** Zooms in on `node`, puts it in the middle of the picture and on screen, and gives it focus. */
  showNode(node: NodeView): void;
  /** Zooms and pans to fit the nodes a filter left, or back to the first view when it left them all. */
  fit(shown: readonly NodeView[]): void;
  /** Zooms about the middle of the part of the picture on screen. */
  zoomBy(factor: number): void;
  /** Pans, at the reader's zoom, to put `node` in the middle of the picture when it is off the part on screen, and the picture on the page. */
  reveal(node: NodeView): void;
  /** Every node back where the build put it. */
  putNodesBack(): void;
  /** Back to the first view (network-scroll.ts), at once. */
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
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .extent([[vx, vy], [vx + vw, vy + vh]])
    // The wheel and a pinch zoom about the pointer, and keep the drawing in view as the buttons do.
    .constrain((t) => keptInView(t, zoomTransform(svg)))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
      onScale(event.transform.k);
    });
  const svgSel = select(svg).call(zoomer);
  // Where a zoom under way is heading: a click on + during it zooms on from there, not from wherever
  // the picture had got to, which would give less than the reader asked for.
  let heading: ZoomTransform | undefined;
  const zoomTo = (t: ZoomTransform, duration: number) => {
    heading = t;
    svgSel
      .transition()
      .duration(reducedMotion() ? 0 : duration)
      .call(zoomer.transform, t)
      .on('end interrupt', () => {
        if (heading === t) heading = undefined;
      });
  };

  // Dragging moves a node and the ends of its lines; a drag does not count as a click. Only a
  // pointer drags: a finger on a node scrolls the page as it does anywhere else on the picture,
  // where so many nodes would otherwise catch a swipe (and d3 would forbid the browser's panning
  // on them with touch-action: none).
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
      drag<SVGAElement, unknown>()
        .touchable(false)
        .on('drag', function (event: { dx: number; dy: number }) {
          const node = byId.get(this.dataset['id'] ?? '');
          if (!node) return;
          node.x += event.dx;
          node.y += event.dy;
          move(node);
        }),
    );

  // On a phone the picture is wider than the screen and scrolls sideways: what was put in the
  // middle of the picture is brought into view.
  const scrollToMiddle = () => scrollBoxTo(svg, vx + vw / 2);
  // Zoomed out about a point away from its middle, the drawing would shrink into a corner of the
  // picture, on a phone off the strip on screen; zoomed in about a part the reader had scrolled or
  // panned away from it, it would stay out of sight. A zoom moves it back, as little as will do; a
  // pan is left as the reader made it.
  const keptInView = (t: ZoomTransform, from: ZoomTransform) => {
    const drawn = t.k !== from.k ? union(nodes.filter(isShown).flatMap(parts).map((part) => part(t.k))) : undefined;
    if (!drawn) return t;
    const { x, y } = keepInView({ x0: drawn.x0 + t.x, y0: drawn.y0 + t.y, x1: drawn.x1 + t.x, y1: drawn.y1 + t.y }, shownPart(svg), 12);
    return zoomIdentity.translate(t.x + x, t.y + y).scale(t.k);
  };
  // The part of the picture on screen once it is scrolled to its middle: all of it on a wide
  // screen, a middle strip on a phone, where a fit to the whole would leave nodes off screen.
  const visible = (): Box => {
    const scroller = svg.parentElement;
    const width = svg.getBoundingClientRect().width;
    const half = (vw * (scroller && width > 0 ? Math.min(1, scroller.clientWidth / width) : 1)) / 2;
    return { x0: vx + vw / 2 - half, y0: vy, x1: vx + vw / 2 + half, y1: vy + vh };
  };
  // Whether a point of the picture (in the viewBox's units) lies on screen, a mark's width inside the
  // frame: the whole picture on a wide screen, the strip scrolled to on a phone.
  const onScreen = ([x, y]: [number, number]) => {
    const [ctm, frame] = [svg.getScreenCTM(), (svg.parentElement ?? svg).getBoundingClientRect()];
    if (!ctm) return true;
    const p = new DOMPoint(x, y).matrixTransform(ctm);
    return p.x >= frame.left + 12 && p.x <= frame.right - 12 && p.y >= frame.top + 12 && p.y <= frame.bottom - 12;
  };
  const centredOn = (node: NodeView, k: number) => zoomIdentity.translate(vx + vw / 2, vy + vh / 2).scale(k).translate(-node.x, -node.y);
  return {
    showNode(node) {
      zoomTo(centredOn(node, 1.75), 400);
      node.el.focus({ preventScroll: true });
      svg.scrollIntoView({ block: 'nearest' });
      scrollToMiddle();
    },
    fit(shown) {
      // Close enough to fill the picture with a few nodes, not so close that one node's mark towers
      // over it, and never further out than the build's view, where labels shrink past reading.
      if (shown.length === nodes.length) {
        zoomTo(zoomIdentity, 400);
        scrollHome(svg);
        return;
      }
      const { k, x, y } = fitZoom(shown.flatMap(parts), visible(), { padding: 24, minZoom: 1, maxZoom: 3 }, shown.map(markPart));
      zoomTo(zoomIdentity.translate(x, y).scale(k), 400);
      scrollToMiddle();
    },
    zoomBy(factor) {
      // About the middle of what the reader sees, which on a phone is wherever they scrolled the box to,
      // from where any zoom under way is heading.
      const from = heading ?? zoomTransform(svg);
      const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, from.k * factor));
      const part = shownPart(svg);
      const [cx, cy] = [(part.x0 + part.x1) / 2, (part.y0 + part.y1) / 2];
      const [mx, my] = from.invert([cx, cy]);
      zoomTo(keptInView(zoomIdentity.translate(cx - mx * k, cy - my * k).scale(k), from), 250);
    },
    reveal(node) {
      // Where any zoom under way is heading, so a key pressed during one does not undo it.
      const t = heading ?? zoomTransform(svg);
      if (!onScreen(t.apply([node.x, node.y]))) {
        zoomTo(centredOn(node, t.k), 250);
        scrollToMiddle();
      }
      svg.scrollIntoView({ block: 'nearest' });
    },
    putNodesBack() {
      for (const n of nodes) {
        Object.assign(n, { x: n.x0, y: n.y0 });
        move(n);
      }
    },
    resetZoom() {
      // At once, and no zoom still under way (a filter's fit) carries on after it.
      heading = undefined;
      svgSel.interrupt().call(zoomer.transform, zoomIdentity);
      scrollHome(svg);
    },
  };
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * What of a node has to fit in the picture: its mark, and its label where it shows at every zoom
 * (network-labels.ts: zoomed in, it keeps its size and hangs from its x and y; zoomed out, it
 * shrinks with the picture).
 */
function parts(node: NodeView): PartAt[] {
  const label = node.el.matches('.labelled:not([data-label-zoom])') ? node.el.querySelector('.label') : null;
  const found: PartAt[] = [markPart(node)];
  if (label instanceof SVGTextElement) {
    const [dx, dy] = [node.x - node.x0, node.y - node.y0];
    const b = bbox(label, dx, dy);
    const [px, py] = [label.x.baseVal.getItem(0).value + dx, label.y.baseVal.getItem(0).value + dy];
    const s = (k: number) => Math.min(k, 1);
    found.push((k) => ({ x0: k * px + s(k) * (b.x0 - px), y0: k * py + s(k) * (b.y0 - py), x1: k * px + s(k) * (b.x1 - px), y1: k * py + s(k) * (b.y1 - py) }));
  }
  return found;
}

/** A node's mark, which scales with the picture. */
function markPart(node: NodeView): PartAt {
  const mark = node.el.querySelector('.mark');
  const b = mark instanceof SVGGraphicsElement ? bbox(mark, node.x - node.x0, node.y - node.y0) : { x0: node.x, y0: node.y, x1: node.x, y1: node.y };
  return (k) => ({ x0: k * b.x0, y0: k * b.y0, x1: k * b.x1, y1: k * b.y1 });
}

/** getBBox leaves out the element's own transform: a dragged node's offset (dx, dy), a label's scaling. */
function bbox(el: SVGGraphicsElement, dx: number, dy: number): Box {
  const { x, y, width, height } = el.getBBox();
  return { x0: x + dx, y0: y + dy, x1: x + width + dx, y1: y + height + dy };
}
