import { join } from 'node:path';
import { z } from 'zod';
import { getOrCreate } from '../../src/lib/get-or-create.ts';
import { gazetteerEntrySchema, type GazetteerEntry } from '../../src/schemas/gazetteer.ts';
import { DataFileError, readDataFile } from './data-file.ts';
import { tokenize } from './tokens.ts';

export const GAZETTEER_FILES = ['cities.yaml', 'organisations.yaml'] as const;

/** Reads and validates the gazetteer; ids must be unique and every parent must exist. */
export function loadGazetteer(contentDir: string): GazetteerEntry[] {
  const entries = GAZETTEER_FILES.flatMap((name) => readDataFile(join(contentDir, 'gazetteer', name), z.array(gazetteerEntrySchema)));
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new DataFileError(`gazetteer: id "${entry.id}" is used twice; ids must be unique`);
    ids.add(entry.id);
  }
  for (const entry of entries) {
    if (entry.parent && !ids.has(entry.parent)) {
      throw new DataFileError(`gazetteer: "${entry.id}" names parent "${entry.parent}", which is not in the gazetteer`);
    }
  }
  return entries;
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
    for (const term of [entry.name.id, entry.name.en, ...entry.aliases]) insert(matcher.folded, tokenize(term).map((t) => t.folded), entry.id);
    for (const term of entry.acronyms) insert(matcher.exact, tokenize(term).map((t) => t.raw), entry.id);
  }
  return matcher;
}

function insert(root: TrieNode, words: string[], entity: string): void {
  let node = root;
  for (const word of words) {
    node = getOrCreate(node.next, word, () => ({ next: new Map() }));
  }
  // A term two entries share (a name that is also another's alias) stays with the first.
  node.entity ??= entity;
}
