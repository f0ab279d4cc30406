import type { Entity } from './entities.ts';

/** Lower case without accents: "São Paulo" in a title written "Sao Paulo" is the same city. */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a headline names the city or organisation, as the ingest finds names in text: by its
 * name in either language or an alias, whole words, letter case and accents aside; by an acronym in
 * its own case ("WRI", not "wri").
 */
export function namedInTitle(entity: Entity, title: string): boolean {
  const words = [entity.name.id, entity.name.en, ...entity.aliases];
  const whole = (needle: string, hay: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(needle)}(?![\\p{L}\\p{N}])`, 'u').test(hay);
  const plain = folded(title);
  return words.some((w) => whole(folded(w), plain)) || entity.acronyms.some((a) => whole(a, title));
}
