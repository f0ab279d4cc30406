import type { Lang } from '../i18n/index.ts';
import type { City, Organisation } from '../schemas/gazetteer.ts';
import { collate } from './collate.ts';
import { getOrCreate } from './get-or-create.ts';
import { perLang } from './per-lang.ts';
import { shortLabel, type ShortLabel } from './short-label.ts';
import type { Links } from './urls.ts';

const regionNames = perLang((locale) => new Intl.DisplayNames([locale], { type: 'region' }));

export type Entity = City | Organisation;

export const isCity = (entity: Entity): entity is City => entity.kind === 'city';

/** Whether the entity an id names is a city; undefined for an id the gazetteer does not know. */
export const isCityIn =
  (entities: EntityIndex) =>
  (id: string): boolean | undefined => {
    const entity = entities.get(id);
    return entity && isCity(entity);
  };

export const entityType = (entity: Entity): 'city' | 'organisation' => (isCity(entity) ? 'city' : 'organisation');

/** Country names in the reader's language, from the ISO code. */
export function countryName(code: string, lang: Lang): string {
  return regionNames(lang).of(code) ?? code;
}

/** The name as a sentence gives it: "the World Bank" in "Jakarta's city diplomacy with the World Bank". */
export function nameInSentence(entity: Entity, lang: Lang): string {
  const article = entity.article?.[lang];
  return article ? `${article} ${entity.name[lang]}` : entity.name[lang];
}

/** A sentence that opens with a name given as `nameInSentence` does: "The World Bank is also named …". */
export const capitalised = (sentence: string, lang: Lang): string => sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);

/** An index of the gazetteer by id, with children listed under their parent. */
export function indexEntities(entities: readonly Entity[]) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const children = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (entity.parent) getOrCreate(children, entity.parent, () => []).push(entity);
  }
  return {
    all: entities,
    get: (id: string): Entity | undefined => byId.get(id),
    name: (id: string, lang: Lang): string => byId.get(id)?.name[lang] ?? id,
    inSentence: (id: string, lang: Lang): string => {
      const entity = byId.get(id);
      return entity ? nameInSentence(entity, lang) : id;
    },
    children: (id: string): Entity[] => children.get(id) ?? [],
  };
}

export type EntityIndex = ReturnType<typeof indexEntities>;

export interface LinkedEntity {
  id: string;
  /** Its short name where it has one, which keeps a chip on one line on a phone. */
  label: ShortLabel;
  href: string;
}

/**
 * A listing shows an entry's partners on every page that lists it (its year's, each partner's
 * filter, the widget's): each list is named, linked and sorted once per index and language.
 */
const linkedLists = new WeakMap<EntityIndex, WeakMap<Links, WeakMap<readonly string[], readonly LinkedEntity[]>>>();

/** The gazetteer entries among `ids`, labelled and linked in `links`' language and sorted by label as its readers sort; unknown ids are left out. */
export function linkedEntities(ids: readonly string[], entities: EntityIndex, links: Links): readonly LinkedEntity[] {
  const byLinks = getOrCreate(linkedLists, entities, () => new WeakMap());
  const lists = getOrCreate(byLinks, links, () => new WeakMap());
  return getOrCreate(lists, ids, () => {
    const { lang } = links;
    return ids
      .flatMap((id) => {
        const entity = entities.get(id);
        return entity ? [{ id, label: shortLabel(entity, lang), href: links.entity(entityType(entity), id) }] : [];
      })
      .sort((a, b) => collate(lang)(a.label.text, b.label.text));
  });
}
