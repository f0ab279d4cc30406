import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { moduleTreeDigest } from '../../src/lib/module-tree.ts';
import type { Outcome } from './corpus.ts';
import type { IngestContext } from './pipeline.ts';
import type { Prepared } from './prepare.ts';

/*
 * The ingest remembers what each source gave, by the hash of its bytes, so a rebuild after one
 * edit ingests one source. A result is only reused under the same fingerprint: the same rules,
 * gazetteer and engagements (the context itself, not the files it came from), the same ingest
 * code, the same locked libraries (remark's serializer writes the MDX) and the same V8, whose
 * serialization stores the cache (a third of JSON's cost at thousands of sources).
 */

const VERSION = 2;

/**
 * Every module of scripts/ingest/, whether imported or not: the worker threads start from
 * prepare-worker.ts, which nothing imports. Their imports (a schema, a helper in src/lib) are
 * followed by moduleTreeDigest().
 */
export function ingestEntries(): string[] {
  const ingest = import.meta.dirname;
  return readdirSync(ingest)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ingest, name));
}

/** An outcome as cli.ts tells one from the other; what it holds, the code the fingerprint covers wrote. */
const outcomeShape = z.union([z.object({ file: z.string(), ingested: z.looseObject({}) }), z.object({ file: z.string(), problem: z.looseObject({}) })]);

/**
 * A cache file as saveCache() writes it, checked down to what cli.ts reads of an entry itself. A
 * file of another shape (an older layout, a damaged copy) must read as no cache: never stop the
 * ingest, never be trusted.
 */
const cacheFileSchema = z.object({
  version: z.literal(VERSION),
  fingerprint: z.string(),
  /** By source file name. */
  entries: z.record(
    z.string(),
    z.object({
      hash: z.string(),
      outcome: z.custom<Outcome>((value) => outcomeShape.safeParse(value).success),
      // Not z.instanceof(Uint8Array), typed as bytes over an ArrayBuffer only: Prepared's may be over any buffer.
      mdx: z.object({ id: z.string(), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array) }).exactOptional(),
    }),
  ),
});

type CacheFile = z.infer<typeof cacheFileSchema>;

export function ingestFingerprint(context: IngestContext): string {
  return createHash('sha256')
    .update(JSON.stringify(context, contextValue))
    .update(moduleTreeDigest(ingestEntries()))
    .update(process.versions.v8)
    .digest('hex');
}

/** JSON has no form for the context's compiled rules, tries and sets: they are spelled out. */
function contextValue(_key: string, value: unknown): unknown {
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/** The cached results made under `fingerprint`; none when the file is missing, unreadable, of another shape or from other rules. */
export function loadCache(path: string, fingerprint: string): Map<string, Prepared> {
  let stored: unknown;
  try {
    stored = deserialize(readFileSync(path));
  } catch {
    return new Map();
  }
  const file = cacheFileSchema.safeParse(stored);
  return file.success && file.data.fingerprint === fingerprint ? new Map(Object.entries(file.data.entries)) : new Map();
}

/** Keeps exactly this run's results; written aside and renamed, so a reader never sees half a file. */
export function saveCache(path: string, fingerprint: string, entries: ReadonlyMap<string, Prepared>): void {
  mkdirSync(dirname(path), { recursive: true });
  const file: CacheFile = { version: VERSION, fingerprint, entries: Object.fromEntries(entries) };
  const aside = `${path}.${process.pid}`;
  writeFileSync(aside, serialize(file));
  renameSync(aside, path);
}
