import type { Entity, EntityIndex } from './entities.ts';

/** Lower case without accents: "São Paulo" in a title written "Sao Paulo" is the same city. */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wholeWords = (words: readonly string[]): RegExp | undefined =>
  words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escaped).join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;

/** Each entity's patterns, made once: every listing asks of every news item's partners. */
const patterns = new WeakMap<Entity, { names?: RegExp | undefined; acronyms?: RegExp | undefined }>();

/**
 * Whether a headline names the city or organisation, as the ingest finds names in text: by its
 * name in either language or an alias, whole words, letter case and accents aside; by an acronym in
 * its own case ("WRI", not "wri").
 */
export function namedInTitle(entity: Entity, title: string): boolean {
  let made = patterns.get(entity);
  if (!made) {
    made = { names: wholeWords([entity.name.id, entity.name.en, ...entity.aliases].map(folded)), acronyms: wholeWords(entity.acronyms) };
    patterns.set(entity, made);
  }
  return (made.names?.test(folded(title)) ?? false) || (made.acronyms?.test(title) ?? false);
}

/**
 * Those of an entry's `partners` its headline names, in their order: after the partner a page is
 * filtered by, the ones a reader looks for beside the headline (partner-chips.ts's `lead`).
 */
export const namedInHeadline = <T extends { id: string }>(title: string, partners: readonly T[], entities: Pick<EntityIndex, 'get'>): string[] =>
  partners.flatMap(({ id }) => {
    const entity = entities.get(id);
    return entity && namedInTitle(entity, title) ? [id] : [];
  });
