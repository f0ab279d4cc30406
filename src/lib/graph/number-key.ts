import type { Lang } from '../../i18n/index.ts';
import { byCodeUnits } from '../code-unit-order.ts';
import { collate } from '../collate.ts';
import { nameLang } from '../short-label.ts';
import type { GraphNode } from './model.ts';
import type { LabelRequest, PlacedLabel } from './place-labels.ts';

/**
 * Numbers for the names that find no room in pictures that cannot zoom (the printed archive's
 * network and map). The pictures share them, so one key names every number and a city numbered
 * in both has one number.
 */
export interface NumberKey {
  /** A node's number, by its id. */
  numbers: ReadonlyMap<string, number>;
  /** In the order of their numbers: the key as printed. */
  entries: readonly { number: number; name: string; lang?: Lang | undefined }[];
}

/** Numbers in the language's alphabetical order of the names the key gives, so that it reads as a sorted list. */
export function numberKey(unnamed: readonly GraphNode[], lang: Lang): NumberKey {
  const nodes = [...new Map(unnamed.map((n) => [n.id, n])).values()].sort((a, b) => collate(lang)(a.name[lang], b.name[lang]) || byCodeUnits(a.id, b.id));
  return {
    numbers: new Map(nodes.map((n, i) => [n.id, i + 1])),
    entries: nodes.map((n, i) => ({ number: i + 1, name: n.name[lang], lang: nameLang(n, lang) })),
  };
}

/**
 * The entries of `key` for the nodes `ids`: the numbers one picture shows, for a key printed beside
 * it, so that a reader of that page finds them without turning back to the whole key.
 */
export function keyPart(key: NumberKey, ids: Iterable<string>): NumberKey {
  const numbers = new Map([...ids].flatMap((id) => {
    const number = key.numbers.get(id);
    return number === undefined ? [] : [[id, number] as const];
  }));
  const shown = new Set(numbers.values());
  return { numbers, entries: key.entries.filter((e) => shown.has(e.number)) };
}

/** More than any label's priority: a numbered label comes after every name. */
const NUMBERED_LAST = 1e9;

/**
 * The labels again, where each one that found no room in `placed` and has a number in the key says
 * that number, placed after every name so that the names keep their spots. Also which got one.
 */
export function numberedRequests(requests: readonly LabelRequest[], placed: readonly PlacedLabel[], key: NumberKey): { requests: LabelRequest[]; numbers: Map<string, number> } {
  const named = new Set(placed.filter((p) => p.zoom === 1).map((p) => p.id));
  const numbers = new Map<string, number>();
  const relabelled = requests.map((q) => {
    const number = named.has(q.id) ? undefined : key.numbers.get(q.id);
    if (number === undefined) return q;
    numbers.set(q.id, number);
    return { ...q, text: String(number), priority: q.priority - NUMBERED_LAST };
  });
  return { requests: relabelled, numbers };
}
