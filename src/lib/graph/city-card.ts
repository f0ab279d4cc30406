import type { Lang } from '../../i18n/index.ts';
import { fillTemplate } from '../../i18n/template.ts';
import { countryName } from '../entities.ts';
import { formatNumber } from '../lists-and-numbers.ts';
import { labelText } from '../short-label.ts';
import type { GraphNode } from './model.ts';

/** A card lists this many of the city's timeline entries (engagements and stand-alone articles); its page has them all. */
const CARD_EVENTS = 4;

/**
 * The lines of a city's card on the partner map: its name and country, then its first events by
 * title and how many more. `nodes` is the whole graph's: a large graph draws only some events.
 */
export function cityCardLines(city: GraphNode, nodes: ReadonlyMap<string, GraphNode>, lang: Lang, moreTemplate: string): string[] {
  const more = city.events.length - CARD_EVENTS;
  return [
    `${labelText(city, lang)}${city.country ? `, ${countryName(city.country, lang)}` : ''}`,
    ...city.events.slice(0, CARD_EVENTS).map((id) => `· ${labelText(nodes.get(id)!, lang)}`),
    ...(more > 0 ? [`· ${fillTemplate(moreTemplate, { n: formatNumber(more, lang) })}`] : []),
  ];
}
