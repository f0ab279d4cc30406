import { join } from 'node:path';
import { z } from 'zod';
import { getOrCreate } from '../../src/lib/get-or-create.ts';
import { parentChain, parentLoopProblem } from '../../src/lib/parent-chain.ts';
import { gazetteerEntrySchema, type GazetteerEntry } from '../../src/schemas/gazetteer.ts';
import { DataFileError, placeAt, readDataFile, requireUnique } from './data-file.ts';
import { isAcronym, tokenize } from './tokens.ts';

export const GAZETTEER_FILES = ['cities.yaml', 'organisations.yaml'] as const;

/** Reads and validates the gazetteer; ids must be unique, and every parent must exist and lead up to no loop. */
export function loadGazetteer(contentDir: string): GazetteerEntry[] {
  const read = GAZETTEER_FILES.flatMap((name) => {
    const file = join(contentDir, 'gazetteer', name);
    return readDataFile(file, z.array(gazetteerEntrySchema)).map((entry, index) => ({ entry, file, index }));
  });
  requireUnique(
    read.map(({ entry, file, index }) => ({ file, path: [index, 'id'], value: entry.id })),
    (id, owner) => `gazetteer id "${id}" is already ${owner}; ids name pages and links, so each entry needs its own`,
  );
  const ids = new Set(read.map(({ entry }) => entry.id));
  for (const { entry, file, index } of read) {
    if (entry.parent && !ids.has(entry.parent)) {
      throw new DataFileError(
        `${placeAt(file, [index, 'parent'])}: "${entry.id}" names parent "${entry.parent}", which is not in the gazetteer; write the id of an entry in ${GAZETTEER_FILES.join(' or ')}, or add that entry`,
      );
    }
  }
  const parents = new Map(read.map(({ entry }) => [entry.id, entry.parent]));
  for (const { entry } of read) {
    const { loop } = parentChain(entry.id, (id) => parents.get(id));
    if (loop) {
      const { file, index } = read.find((r) => r.entry.id === loop[0])!;
      throw new DataFileError(`${placeAt(file, [index, 'parent'])}: ${parentLoopProblem(loop)}`);
    }
  }
  return read.map(({ entry }) => entry);
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
    const names = [entry.name.id, entry.name.en, ...entry.aliases];
    // A name that is itself an acronym (GIZ, UNICEF, G20) matches as acronyms do: "giz" is no GIZ.
    for (const term of names.filter((n) => !acronymic(n))) insert(matcher.folded, tokenize(term).map((t) => t.folded), entry.id);
    for (const term of [...names.filter(acronymic), ...entry.acronyms]) insert(matcher.exact, tokenize(term).map((t) => t.raw), entry.id);
  }
  return matcher;
}

const acronymic = (term: string): boolean => tokenize(term).every((t) => isAcronym(t.raw));

function insert(root: TrieNode, words: string[], entity: string): void {
  let node = root;
  for (const word of words) {
    node = getOrCreate(node.next, word, () => ({ next: new Map() }));
  }
  // A term two entries share (a name that is also another's alias) stays with the first.
  node.entity ??= entity;
}
