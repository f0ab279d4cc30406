import { drag, select, zoom, zoomIdentity, type D3ZoomEvent } from 'd3';
import { eventsByNode, filterFromForm, findNode, isVisible, type FilterableNode } from './network-filter.ts';
import { countedForm, fillTemplate } from '../i18n/template.ts';
import { carryQueryToOtherLanguage } from './language-switch.ts';

/**
 * Enhances the prerendered network SVG: zoom and pan, dragging nodes, neighbour highlights on
 * hover and focus, filters and find. Everything is already drawn; this only moves and hides it.
 */

interface NodeView extends FilterableNode {
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

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg[data-graph]');
  const viewport = svg?.querySelector<SVGGElement>('.viewport');
  const form = root.querySelector<HTMLFormElement>('form[data-network-controls]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!svg || !viewport || !form || !status) return;
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as Record<'shown' | 'found' | 'foundOne' | 'notFound', string>;

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

  // Zoom and pan move one group; the SVG's viewBox stays the build's.
  const { x: vx, y: vy, width: vw, height: vh } = svg.viewBox.baseVal;
  // One finger scrolls the page (and the picture sideways on a phone) as anywhere else; two pan and pinch.
  const zoomer = zoom<SVGSVGElement, unknown>()
    .filter((event: MouseEvent | WheelEvent | TouchEvent) =>
      'touches' in event ? event.touches.length > 1 : (!event.ctrlKey || event.type === 'wheel') && !event.button,
    )
    .scaleExtent([0.5, 8])
    .extent([[vx, vy], [vx + vw, vy + vh]])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => viewport.setAttribute('transform', event.transform.toString()));
  const svgSel = select(svg).call(zoomer);
  const centreOn = (node: NodeView, k: number) =>
    svgSel.transition().duration(reducedMotion() ? 0 : 400).call(zoomer.transform, zoomIdentity.translate(vx + vw / 2, vy + vh / 2).scale(k).translate(-node.x, -node.y));

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

  // A node's neighbours light up while it is hovered or has focus.
  const highlight = (node: NodeView | undefined) => {
    svg.classList.toggle('is-highlighting', Boolean(node));
    const near = node ? neighbours.get(node.id) ?? new Set<string>() : new Set<string>();
    for (const n of nodes) n.el.classList.toggle('is-near', near.has(n.id));
    for (const e of edges) e.el.classList.toggle('is-near', Boolean(node) && (e.source === node?.id || e.target === node?.id));
  };
  const nodeOf = (target: EventTarget | null) => byId.get((target as Element | null)?.closest<SVGAElement>('.node')?.dataset['id'] ?? '');
  svg.addEventListener('pointerover', (e) => highlight(nodeOf(e.target)));
  svg.addEventListener('pointerout', () => highlight(nodeOf(document.activeElement)));
  svg.addEventListener('focusin', (e) => highlight(nodeOf(e.target)));
  svg.addEventListener('focusout', () => highlight(undefined));

  // Filters and find.
  const total = nodes.length;
  const applyFilter = () => {
    const filter = filterFromForm(new FormData(form));
    const shown = new Set(nodes.filter((n) => isVisible(n, filter)).map((n) => n.id));
    for (const n of nodes) n.el.classList.toggle('is-hidden', !shown.has(n.id));
    for (const e of edges) e.el.classList.toggle('is-hidden', !(shown.has(e.source) && shown.has(e.target)));
    status.textContent = fillTemplate(texts.shown, { n: localNumber(shown.size), total: localNumber(total) });
  };
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('select')) applyFilter();
  });
  // Back on this page, the browser puts the reader's filters back into the menus, after this runs.
  addEventListener('pageshow', () => {
    if ([...form.querySelectorAll('select')].some((select) => select.value)) applyFilter();
  });
  const find = (query: string) => {
    for (const n of nodes) n.el.classList.remove('is-active');
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    const node = findNode(nodes, query, (n) => !n.el.classList.contains('is-hidden'));
    if (!node) {
      status.textContent = fillTemplate(texts.notFound, { q: query });
      return;
    }
    if (node.el.classList.contains('is-hidden')) {
      // Only the filters: form.reset() would also empty the field the reader just typed into.
      for (const select of form.querySelectorAll('select')) select.value = '';
      applyFilter();
    }
    node.el.classList.add('is-active');
    centreOn(node, 1.75);
    node.el.focus({ preventScroll: true });
    // The node is now in the middle of the picture. On a phone the picture is wider than the screen
    // and scrolls sideways, so its middle is brought into view as well as the picture itself.
    svg.scrollIntoView({ block: 'nearest' });
    const scroller = svg.parentElement;
    if (scroller) scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
    const n = node.degree;
    const found = countedForm(document.documentElement.lang, n, { one: texts.foundOne, other: texts.found });
    status.textContent = fillTemplate(found, { name: node.names[0] ?? node.id, n: localNumber(n) });
  };
  // A find is kept in the address as ?q=, so it can be shared, and other pages can link to a node.
  const keepInAddress = (query: string) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    carryQueryToOtherLanguage(document);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = String(new FormData(form).get('q') ?? '');
    keepInAddress(query);
    find(query);
  });
  const linked = new URLSearchParams(location.search).get('q');
  const input = form.elements.namedItem('q');
  if (linked && input instanceof HTMLInputElement) {
    input.value = linked;
    find(linked);
    carryQueryToOtherLanguage(document);
  }
  root.querySelector('[data-zoom-in]')?.addEventListener('click', () => svgSel.transition().duration(reducedMotion() ? 0 : 250).call(zoomer.scaleBy, 1.5));
  root.querySelector('[data-zoom-out]')?.addEventListener('click', () => svgSel.transition().duration(reducedMotion() ? 0 : 250).call(zoomer.scaleBy, 1 / 1.5));
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    form.reset();
    keepInAddress('');
    for (const n of nodes) {
      Object.assign(n, { x: n.x0, y: n.y0 });
      move(n);
      n.el.classList.remove('is-active');
    }
    applyFilter();
    svgSel.call(zoomer.transform, zoomIdentity);
  });
  root.dataset['enhanced'] = '';
}

const localNumber = (n: number) => n.toLocaleString(document.documentElement.lang);
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

for (const root of document.querySelectorAll<HTMLElement>('[data-network]')) enhance(root);
