/** A city's dot on the partner map, in the map's units. */
export interface Dot {
  x: number;
  y: number;
}

/**
 * The dot nearest `at`, if it lies within `reach`. A dot is 5.5 px across on a phone and 54 pairs
 * of partners lie under 24 px apart there (Barcelona and Madrid 4.8 px): a finger meant for one
 * takes the nearest, never whichever was drawn last, and one far from every dot takes none.
 */
export function nearestWithin<T extends Dot>(dots: readonly T[], at: Dot, reach: number): T | undefined {
  let best: T | undefined;
  let bestDistance = reach;
  for (const dot of dots) {
    const distance = Math.hypot(dot.x - at.x, dot.y - at.y);
    if (distance <= bestDistance) [best, bestDistance] = [dot, distance];
  }
  return best;
}

/** Whose card the map shows, and the one Escape put away, which the pointer does not bring back until it has left it. */
export interface Cards {
  open?: string;
  dismissed?: string;
}

/**
 * What happened on the map. `near` is the city whose dot is nearest the pointer, within reach;
 * `onOpen` says the pointer is on the open city's link: its dot or its card.
 * - `tap`: a touch, pen or click that did not land on the open city's link (that one follows it).
 * - `point`: the mouse moved; `rested` once it has stayed near the same city a moment.
 */
export type CardEvent =
  | { type: 'tap'; near?: string | undefined }
  | { type: 'point'; near?: string | undefined; onOpen: boolean; rested: boolean }
  | { type: 'focus' | 'blur'; city: string }
  | { type: 'escape' | 'leave' };

/**
 * The cards after `event`. A tap opens the card of the city it is near, rather than leaving for its
 * page, so that a finger can tell the dots apart, and a tap far from every dot closes it. The mouse
 * opens a card as it nears a dot, but while one is open it moves to another city only when the
 * pointer rests there: at narrow widths the card opens in a corner of the map, and the way from the
 * dot to it crosses other cities' dots. Off every dot, the card stays, for the pointer to reach.
 */
export function nextCards(cards: Cards, event: CardEvent): Cards {
  switch (event.type) {
    case 'tap':
      return event.near ? { open: event.near } : {};
    case 'point': {
      const { near, onOpen, rested } = event;
      // Escape's card stays away while the pointer is near its city; off it, it may come back.
      if (near === cards.dismissed) return cards;
      if (onOpen || !near || near === cards.open) return withOpen(cards.open);
      return cards.open === undefined || rested ? { open: near } : cards;
    }
    case 'focus':
      return { open: event.city };
    case 'blur':
      return event.city === cards.open || event.city === cards.dismissed ? {} : cards;
    case 'escape':
      return cards.open ? { dismissed: cards.open } : cards;
    case 'leave':
      return {};
  }
}

const withOpen = (open: string | undefined): Cards => (open ? { open } : {});
