import { nearestWithin, nextCards, type CardEvent, type Cards } from './map-card-state.ts';

/**
 * How far from a dot, in CSS pixels, a pointer still takes it: a 44 px target for a finger, 24 px
 * for a mouse (WCAG 2.5.8), the nearest dot winning where two reach.
 */
const REACH = { finger: 22, mouse: 12 };
/** How long the mouse rests near another city before its card takes the open one's place. */
const REST_MS = 150;

/**
 * Drives a partner map's city cards (PartnerMap.astro), which CSS alone shows on hover and focus:
 * a tap shows a city's card rather than leaving for its page, and a tap on the open card then
 * follows the link; a tap elsewhere, Escape or the mouse leaving the map puts it away.
 * The mouse takes the nearest dot and the card stays while the pointer crosses to it (WCAG 1.4.13).
 */
function enhance(svg: SVGSVGElement): void {
  const dots = [...svg.querySelectorAll<SVGAElement>('a.city')].flatMap((link) => {
    const circle = link.querySelector('circle');
    const id = link.getAttribute('href');
    return circle && id ? [{ link, id, x: circle.cx.baseVal.value, y: circle.cy.baseVal.value }] : [];
  });
  let cards: Cards = {};
  let resting: { near: string; timer: number } | undefined;
  /** Runs `then` once the mouse has rested near `near`; another city, or none, starts over. */
  const rest = (near?: string, then = () => {}) => {
    if (near === resting?.near) return;
    clearTimeout(resting?.timer);
    resting = near ? { near, timer: window.setTimeout(then, REST_MS) } : undefined;
  };
  const apply = (event: CardEvent) => {
    cards = nextCards(cards, event);
    for (const { link, id } of dots) link.classList.toggle('open', id === cards.open);
  };
  /** The city whose dot is nearest the pointer, within reach; Jakarta, which has no card, counts as none. */
  const near = (event: MouseEvent, reach: number): string | undefined => {
    const ctm = svg.getScreenCTM();
    if (!ctm) return undefined;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const dot = nearestWithin(dots, at, reach / ctm.a);
    return dot?.link.classList.contains('centre') ? undefined : dot?.id;
  };
  const onOpen = (target: EventTarget | null) => target instanceof Element && target.closest('a.city.open') !== null;

  let finger = false;
  svg.addEventListener('pointerdown', (event) => {
    finger = event.pointerType !== 'mouse';
    // Before the browser settles what a finger tapped: it moves a tap to a link under the finger's
    // edge, so the open city's dot would take a tap meant for a neighbour 5 px away.
    svg.classList.toggle('by-finger', finger);
  });
  svg.addEventListener('click', (event) => {
    // A key's click (detail 0), and one on the open card, the mouse's on its dot, or on Jakarta follow their link.
    if (event.detail === 0 || onOpen(event.target) || (event.target instanceof Element && event.target.closest('a.centre'))) return;
    event.preventDefault();
    rest();
    apply({ type: 'tap', near: near(event, finger ? REACH.finger : REACH.mouse) });
  });
  svg.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch') return;
    const point = { type: 'point', near: near(event, REACH.mouse), onOpen: onOpen(event.target), rested: false } as const;
    apply(point);
    rest(point.onOpen || point.near === cards.open ? undefined : point.near, () => apply({ ...point, rested: true }));
  });
  svg.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'touch') return;
    rest();
    apply({ type: 'leave' });
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && svg.contains(event.target))) apply({ type: 'leave' });
  });
  svg.addEventListener('focusin', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.city:not(.centre)') : null;
    if (link?.matches(':focus-visible')) apply({ type: 'focus', city: link.getAttribute('href') ?? '' });
  });
  svg.addEventListener('focusout', (event) => {
    if (event.target instanceof Element) apply({ type: 'blur', city: event.target.getAttribute('href') ?? '' });
  });
  // Puts the card away and leaves focus and pointer where they are (WCAG 1.4.13).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    rest();
    apply({ type: 'escape' });
  });
  svg.classList.add('driven');
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg.world[data-cards]')) enhance(svg);
