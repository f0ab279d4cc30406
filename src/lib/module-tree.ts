import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The caches (the ingest's results, the content layer's article HTML, the archive PDFs) keep what
 * some code made only while that code is unchanged. A hand-kept list of its files misses the
 * helper someone imports next; following the imports cannot.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A relative import of a file: `from '…'`, `import '…'`, `import('…')`; packages are the lockfile's. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*(["'])(\.\.?\/[^"'\n]+)\1/g;

/** Modules whose own imports are followed; any other file imported (JSON, say) counts by its bytes. */
const MODULE = /\.(?:ts|mjs|js)$/;

/**
 * `import type … from '…'` and `export type … from '…'`: erased before the code runs, so what they
 * name cannot change an output. Its braces may span lines, but `from` must follow them: a local
 * `export type { A }` is not taken together with the import after it. One this misses (a comment
 * inside its braces) is only followed.
 */
const TYPE_ONLY_IMPORT = /\b(?:import|export)\s+type\s+(?:\{[^}]*\}|\*\s+as\s+[\w$]+|[\w$]+)\s*from\s*(["'])[^"'\n]+\1/g;

/** `entries` and every module they import from a relative path, for its values, from import to import; absolute paths, sorted. */
export function moduleTree(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const follow = (file: string, importer?: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      // A file the tree cannot read would be code the digest silently leaves out.
      throw new Error(`${importer ? `${importer} imports ${file}, which` : file} cannot be read for the build caches' fingerprint`, { cause: error });
    }
    if (!MODULE.test(file)) return;
    for (const [, , path] of text.replace(TYPE_ONLY_IMPORT, '').matchAll(RELATIVE_IMPORT)) follow(resolve(dirname(file), path!), file);
  };
  for (const entry of entries) follow(resolve(entry));
  return [...seen].sort();
}

/**
 * A digest of the code `entries` run: every file of their module tree, by its path under `root`
 * (so clones in other folders agree) and its bytes, then `root`'s package-lock.json, which pins the
 * version of every package they import.
 */
export function moduleTreeDigest(entries: readonly string[], root: string = repoRoot): string {
  const hash = createHash('sha256');
  const files = moduleTree(entries).map((file) => ({ file, name: relative(root, file).split(sep).join('/') }));
  for (const { file, name } of [...files, { file: resolve(root, 'package-lock.json'), name: 'package-lock.json' }]) {
    const bytes = readFileSync(file);
    // Lengths first, so no two trees hash alike by moving bytes from one file to the next.
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
