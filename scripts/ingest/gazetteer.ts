import { join } from 'node:path';
import { z } from 'zod';
import { getOrCreate } from '../../src/lib/get-or-create.ts';
import { parentChain, parentLoopProblem } from '../../src/lib/parent-chain.ts';
import { gazetteerEntrySchema, type City, type GazetteerEntry } from '../../src/schemas/gazetteer.ts';
import { DataFileError, placeAt, readDataFile, requireUnique } from './data-file.ts';
import { requireOnly } from './data-folder.ts';
import { didYouMean } from './nearest-name.ts';
import { isAcronym, tokenize } from './tokens.ts';

export const GAZETTEER_FILES = ['cities.yaml', 'organisations.yaml'] as const;

/** A gazetteer entry with the file and list index it is written at, for checks that name its line. */
export interface PlacedEntry<Entry extends GazetteerEntry = GazetteerEntry> {
  entry: Entry;
  file: string;
  index: number;
}

/** The gazetteer's entries, as {@link readGazetteer} reads and checks them. */
export const loadGazetteer = (contentDir: string): GazetteerEntry[] => readGazetteer(contentDir).map(({ entry }) => entry);

/** The cities among `placed`. */
export const citiesOf = (placed: readonly PlacedEntry[]): PlacedEntry<City>[] =>
  placed.flatMap(({ entry, file, index }) => (entry.kind === 'city' ? [{ entry, file, index }] : []));

/**
 * Reads and validates the gazetteer, each entry with the file and index it is written at; ids must
 * be unique, and every parent must exist and lead up to no loop.
 */
export function readGazetteer(contentDir: string): PlacedEntry[] {
  const read = GAZETTEER_FILES.flatMap((name) => {
    const file = join(contentDir, 'gazetteer', name);
    return readDataFile(file, z.array(gazetteerEntrySchema)).map((entry, index) => ({ entry, file, index }));
  });
  // After the files are read, so a cities.yml in place of cities.yaml is named as the one to rename.
  requireOnly(join(contentDir, 'gazetteer'), GAZETTEER_FILES, `move its entries into ${GAZETTEER_FILES.join(' or ')}, by their kind`);
  requireUnique(
    read.map(({ entry, file, index }) => ({ file, path: [index, 'id'], value: entry.id })),
    (id, owner) => `gazetteer id "${id}" is already ${owner}; ids name pages and links, so each entry needs its own`,
  );
  const ids = new Set(read.map(({ entry }) => entry.id));
  for (const { entry, file, index } of read) {
    if (entry.parent && !ids.has(entry.parent)) {
      throw new DataFileError(
        `${placeAt(file, [index, 'parent'])}: "${entry.id}" names parent "${entry.parent}", which is not in the gazetteer${didYouMean(entry.parent, ids)}; write the id of an entry in ${GAZETTEER_FILES.join(' or ')}, or add that entry`,
      );
    }
  }
  requireOneEntryPerTerm(read);
  const parents = new Map(read.map(({ entry }) => [entry.id, entry.parent]));
  for (const { entry } of read) {
    const { loop } = parentChain(entry.id, (id) => parents.get(id));
    if (loop) {
      const { file, index } = read.find((r) => r.entry.id === loop[0])!;
      throw new DataFileError(`${placeAt(file, [index, 'parent'])}: ${parentLoopProblem(loop)}`);
    }
  }
  return read;
}

const TERM_KINDS: Record<string, string> = { name: 'a name', aliases: 'an alias', acronyms: 'an acronym' };

/** A name, alias or acronym the matcher would give to two entries: a mention could link to one only. */
function requireOneEntryPerTerm(read: readonly PlacedEntry[]): void {
  const owners = new Map<string, { id: string; place: () => string }>();
  for (const { entry, file, index } of read) {
    for (const term of matchTerms(entry)) {
      const key = `${term.trie}\0${term.words.join(' ')}`;
      const owner = owners.get(key);
      const place = () => placeAt(file, [index, ...term.path]);
      if (!owner) owners.set(key, { id: entry.id, place });
      else if (owner.id !== entry.id) {
        throw new DataFileError(
          `${place()}: "${term.text}" (${TERM_KINDS[String(term.path[0])]} of "${entry.id}") already names "${owner.id}" at ${owner.place()}; the ingest could link it to one entry only, so keep it in one of them`,
        );
      }
    }
  }
}

/** A name, alias or acronym of an entry, as the matcher looks it up, and where in the entry it is written. */
export interface MatchTerm {
  /** Names and aliases match folded (any case, no accents); acronyms, and names that are one, exactly as written. */
  trie: 'folded' | 'exact';
  words: string[];
  text: string;
  /** Within the entry: ['name', 'en'], ['aliases', 2], ['acronyms', 0]. */
  path: readonly PropertyKey[];
}

/** Every term the ingest finds an entry by: the one list both the matcher and the check on shared terms read. */
export function matchTerms(entry: GazetteerEntry): MatchTerm[] {
  const written: [string, PropertyKey[]][] = [
    [entry.name.id, ['name', 'id']],
    [entry.name.en, ['name', 'en']],
    ...entry.aliases.map((alias, i): [string, PropertyKey[]] => [alias, ['aliases', i]]),
    ...entry.acronyms.map((acronym, i): [string, PropertyKey[]] => [acronym, ['acronyms', i]]),
  ];
  return written.map(([text, path]) => {
    // A name that is itself an acronym (GIZ, UNICEF, G20) matches as acronyms do: "giz" is no GIZ.
    const exact = path[0] === 'acronyms' || acronymic(text);
    return { trie: exact ? 'exact' : 'folded', words: tokenize(text).map((t) => (exact ? t.raw : t.folded)), text, path };
  });
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: string;
}

/** Word tries: one over folded words (names, aliases), one over exact words (acronyms). */
export interface Matcher {
  folded: TrieNode;
  exact: TrieNode;
  kinds: Map<string, GazetteerEntry['kind']>;
}

export function buildMatcher(entries: readonly GazetteerEntry[]): Matcher {
  const matcher: Matcher = { folded: { next: new Map() }, exact: { next: new Map() }, kinds: new Map() };
  for (const entry of entries) {
    matcher.kinds.set(entry.id, entry.kind);
    for (const term of matchTerms(entry)) insert(matcher[term.trie], term.words, entry.id);
  }
  return matcher;
}

const acronymic = (term: string): boolean => tokenize(term).every((t) => isAcronym(t.raw));

function insert(root: TrieNode, words: string[], entity: string): void {
  let node = root;
  for (const word of words) {
    node = getOrCreate(node.next, word, () => ({ next: new Map() }));
  }
  // loadGazetteer refuses a term two entries share; else it would stay with the first.
  node.entity ??= entity;
}
