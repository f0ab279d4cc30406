import type { Lang } from '../../i18n/index.ts';
import { fillTemplate } from '../../i18n/template.ts';
import { clipAtWord } from '../clip-text.ts';
import { countryName } from '../entities.ts';
import { formatNumber } from '../lists-and-numbers.ts';
import { labelText } from '../short-label.ts';
import type { GraphNode } from './model.ts';

/** A card lists this many of the city's timeline entries (engagements and stand-alone articles); its page has them all. */
const CARD_EVENTS = 4;

/**
 * The lines of a city's card on the partner map: its name and country, then its first events by
 * title, its engagements before its stand-alone articles, and how many more. At scale a city's
 * four first entries were articles and its engagements, what a reader looks for, were among the
 * "1,437 more". `nodes` is the whole graph's: a large graph draws only some events.
 */
export function cityCardLines(city: GraphNode, nodes: ReadonlyMap<string, GraphNode>, lang: Lang, moreTemplate: string): string[] {
  const more = city.events.length - CARD_EVENTS;
  const engagement = (id: string) => (nodes.get(id)!.type === 'engagement' ? 0 : 1);
  // A stable sort: each kind keeps the order of the city's events.
  const events = [...city.events].sort((a, b) => engagement(a) - engagement(b));
  return [
    `${labelText(city, lang)}${city.country ? `, ${countryName(city.country, lang)}` : ''}`,
    ...events.slice(0, CARD_EVENTS).map((id) => `· ${labelText(nodes.get(id)!, lang)}`),
    ...(more > 0 ? [`· ${fillTemplate(moreTemplate, { n: formatNumber(more, lang) })}`] : []),
  ];
}

/**
 * The lines as a card shows them, each cut after a whole word: at most 40 characters, the bold
 * name 34, about as wide. On a 320 px phone a card opens three times the map's scale, where
 * one 40 characters wide spans the map; the whole lines are the city link's name. A card listing
 * 94-character titles ran 691 px wide there.
 */
export const shownCardLines = (lines: readonly string[]): string[] => lines.map((line, i) => clipAtWord(line, i === 0 ? 34 : 40));
