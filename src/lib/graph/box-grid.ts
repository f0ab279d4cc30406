import { overlaps, type Box } from './box.ts';

export interface BoxGrid<T> {
  add(box: Box, item: T): void;
  /** The items whose boxes overlap `box`, each once, in no particular order. */
  near(box: Box): T[];
}

/**
 * Boxes filed under every cell of a uniform grid (`cell` units square) that they cover, so that
 * finding the boxes that overlap one looks only at those in its cells, not at all of them.
 */
export function boxGrid<T>(cell: number): BoxGrid<T> {
  // `seen`: the last query that looked at the entry, so one filed under several cells is looked at once.
  const cells = new Map<string, { box: Box; item: T; seen: number }[]>();
  let queries = 0;
  const keys = (box: Box): string[] => {
    const edges = [box.x0, box.y0, box.x1, box.y1];
    // An infinite edge would file the box under endless cells, and NaN under none.
    if (!edges.every(Number.isFinite)) throw new RangeError(`a box to file is not finite: ${edges.join(', ')}`);
    const [i0, j0, i1, j1] = edges.map((v) => Math.floor(v / cell)) as [number, number, number, number];
    const found: string[] = [];
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) found.push(`${i},${j}`);
    return found;
  };
  return {
    add(box, item) {
      const entry = { box, item, seen: 0 };
      for (const key of keys(box)) {
        const entries = cells.get(key);
        if (entries) entries.push(entry);
        else cells.set(key, [entry]);
      }
    },
    near(box) {
      const query = ++queries;
      const found: T[] = [];
      for (const key of keys(box)) {
        for (const entry of cells.get(key) ?? []) {
          if (entry.seen !== query && overlaps(entry.box, box)) found.push(entry.item);
          entry.seen = query;
        }
      }
      return found;
    },
  };
}
