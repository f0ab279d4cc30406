import { fold } from '../lib/fold.ts';
import { isEvent } from '../lib/graph/node-events.ts';

/** What a node carries for filtering, read from its data attributes. */
export interface FilterableNode {
  id: string;
  type: string;
  years: readonly number[];
  events: readonly string[];
}

export interface NetworkFilter {
  year?: number;
  type?: string;
  event?: string;
}

/** The form's filter menus, by name. */
const FILTER_FIELDS = ['year', 'type', 'event'] as const;

/** The filter the form's menus set: an empty menu filters nothing, and a year is a number, as nodes carry it. */
export function filterFromForm(data: FormData): NetworkFilter {
  const filter: NetworkFilter = {};
  const [year, type, event] = FILTER_FIELDS.map((name) => String(data.get(name) ?? ''));
  if (year) filter.year = Number(year);
  if (type) filter.type = type;
  if (event) filter.event = event;
  return filter;
}

/** The form's fields, as the address names them: everything a reader set, to share or come back to. */
const ADDRESS_FIELDS = ['q', ...FILTER_FIELDS] as const;

/** `search` (an address's query) holding the form's state: a field with a value, none without; other parameters kept. */
export function searchWithForm(search: string, data: FormData): string {
  const params = new URLSearchParams(search);
  for (const name of ADDRESS_FIELDS) {
    const value = String(data.get(name) ?? '');
    if (value.trim()) params.set(name, value);
    else params.delete(name);
  }
  return params.toString();
}

/**
 * Whether a node stays on screen. Filters combine; events stay as context when filtering by a type
 * of city or organisation, so a filtered picture still shows what those are linked through.
 */
export function isVisible(node: FilterableNode, { year, type, event }: NetworkFilter): boolean {
  if (year !== undefined && !node.years.includes(year)) return false;
  if (type && node.type !== type && (isEvent({ type }) || !isEvent(node))) return false;
  if (event && !node.events.includes(event)) return false;
  return true;
}

/** Names compared the way people type them: case, accents and runs of spaces do not matter. */
const normalizeName = (name: string): string => fold(name).replace(/\s+/g, ' ').trim();

/**
 * The node a search means: an exact name first, then the first name that starts with it, then one
 * containing it. Nodes on screen first, but an exact name on a hidden node beats part of a name on a shown one.
 */
export function findNode<T extends { names: readonly string[] }>(nodes: readonly T[], query: string, shown: (node: T) => boolean): T | undefined {
  const q = normalizeName(query);
  if (!q) return undefined;
  const names = (n: T) => n.names.map(normalizeName);
  // The sort is stable: shown nodes, and hidden ones, keep their order among themselves.
  const ranked = [...nodes].sort((a, b) => Number(shown(b)) - Number(shown(a)));
  return ranked.find((n) => names(n).includes(q)) ?? ranked.find((n) => names(n).some((m) => m.startsWith(q))) ?? ranked.find((n) => names(n).some((m) => m.includes(q)));
}
