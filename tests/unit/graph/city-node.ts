import type { GraphNode } from '../../../src/lib/graph/model.ts';

/** A city node named by its id, placed at `coordinates` (longitude, latitude) when given. */
export const cityNode = (id: string, coordinates?: [number, number]): GraphNode => ({
  id,
  type: 'city',
  name: { id, en: id },
  kind: 'city',
  ...(coordinates ? { coordinates } : {}),
  degree: 1,
  events: [],
  years: [],
});
