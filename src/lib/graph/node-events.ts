/** Whether a node is an event: an engagement, or an article that belongs to none. */
export const isEvent = (node: { type: string }): boolean => node.type === 'engagement' || node.type === 'article';

/**
 * The events each node is linked to: an event is its own, a node has those its links lead to, and
 * a parent its members', however deep. Free of imports, as the network page's script works it out
 * from the drawn lines too, so the page need not carry the lists.
 */
export function eventsByNode(nodes: readonly { id: string; type: string }[], edges: readonly { source: string; target: string; partOf: boolean }[]): Map<string, Set<string>> {
  const events = new Map(nodes.map((n) => [n.id, new Set(isEvent(n) ? [n.id] : [])]));
  for (const e of edges) if (!e.partOf) events.get(e.source)?.add(e.target);
  const parts = edges.filter((e) => e.partOf);
  for (let changed = true; changed; ) {
    changed = false;
    for (const { source, target } of parts) {
      const parent = events.get(target);
      for (const event of events.get(source) ?? []) {
        if (parent && !parent.has(event)) {
          parent.add(event);
          changed = true;
        }
      }
    }
  }
  return events;
}
