import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { moduleTree } from '../src/lib/module-tree.ts';

const repoRoot = join(import.meta.dirname, '..');

/**
 * The module tree of `entries` (paths from the repo's root, or absolute) and the lockfile, copied
 * to `dest` beside the repo's packages: code a test can edit, to see whether a cache notices,
 * without touching the repo's. The copy runs only if the tree holds every module the entries load.
 */
export function copyModuleTree(entries: readonly string[], dest: string): void {
  for (const file of [...moduleTree(entries.map((entry) => resolve(repoRoot, entry))), join(repoRoot, 'package-lock.json')]) {
    const copy = join(dest, relative(repoRoot, file));
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(file, copy);
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dest, 'node_modules'), 'dir');
}
