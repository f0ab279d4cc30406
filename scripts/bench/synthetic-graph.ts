import { randomLcg } from 'd3';
import { indexEntities, type Entity } from '../../src/lib/entities.ts';
import type { GraphInput } from '../../src/lib/graph/model.ts';
import { engagementKinds } from '../../src/schemas/engagement.ts';

/**
 * A network of about `nodes` nodes shaped like the real one: one event per ten nodes, cities and
 * organisations joining a few events each, popular partners joining more (preferential
 * attachment), some organisations with a parent. Seeded, so every run measures the same graph.
 */
export function syntheticGraphInput(nodes: number, seed = 7): GraphInput {
  const random = randomLcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const eventCount = Math.max(1, Math.round(nodes / 10));
  const entities: Entity[] = [{ id: 'jakarta', kind: 'city', name: { id: 'Jakarta', en: 'Jakarta' }, country: 'ID', coordinates: [106.8, -6.2], aliases: [], acronyms: [] }];
  for (let i = 1; entities.length < nodes - eventCount; i++) {
    const name = { id: `Mitra ${i}`, en: `Partner ${i}` };
    entities.push(
      i % 3 === 0
        ? { id: `city-${i}`, kind: 'city', name, country: 'FR', coordinates: [random() * 360 - 180, random() * 140 - 70], aliases: [], acronyms: [] }
        : { id: `org-${i}`, kind: 'ngo', name, aliases: [], acronyms: [], ...(i % 10 === 1 && i > 10 ? { parent: `org-${i - 9}` } : {}) },
    );
  }
  // Each entity joins one to four events; a pool of earlier joiners makes some partners hubs.
  const joiners: string[] = [];
  const partners = Array.from({ length: eventCount }, () => new Set<string>());
  for (const entity of entities.slice(1)) {
    for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
      partners[Math.floor(random() * eventCount)]?.add(entity.id);
      joiners.push(entity.id);
    }
    if (random() < 0.2 && joiners.length) partners[Math.floor(random() * eventCount)]?.add(pick(joiners));
  }
  const engagements = partners.map((set, i) => ({
    id: `event-${i}`,
    data: {
      start: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      kind: pick(engagementKinds),
      place: 'jakarta',
      partners: set.size ? [...set] : ['jakarta'],
      title: { id: `Keterlibatan ${i}`, en: `Engagement ${i}` },
      summary: { id: '…', en: '…' },
      sources: [{ type: 'report' as const, publisher: 'Synthetic' }],
    },
  }));
  return { entities: indexEntities(entities), engagements, articles: [] };
}
