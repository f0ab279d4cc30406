/** A loop of parents, from the entry whose parent closes it back to that entry: b → a → b, or a → a. */
export type ParentLoop = [child: string, parent: string, ...rest: string[]];

export interface ParentChain {
  /** The entry and those above it, nearest first, each once. */
  ids: string[];
  loop?: ParentLoop;
}

/**
 * The chain of `parent`s above `id`. The gazetteer's parents are written by hand, so a chain can
 * come back on itself (a → b → a, or an entry that is its own parent): the walk stops where it
 * would, and says so, rather than going round for ever. The ingest and the graph both walk here.
 */
export function parentChain(id: string, parentOf: (id: string) => string | undefined): ParentChain {
  const ids = [id];
  for (let parent = parentOf(id); parent !== undefined; parent = parentOf(parent)) {
    const seen = ids.indexOf(parent);
    if (seen >= 0) return { ids, loop: [ids.at(-1)!, parent, ...ids.slice(seen + 1)] };
    ids.push(parent);
  }
  return { ids };
}

/** What is wrong with a loop of parents and how to mend it, as the ingest and the graph both say it. */
export const parentLoopProblem = (loop: ParentLoop): string =>
  `"${loop[0]}" names parent "${loop[1]}", so its parents go round in a loop (${loop.join(' → ')}); an entry cannot be part of itself: remove this parent or correct one of the others in the loop`;
