import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of everything a printed PDF depends on, in a fixed order. */
export function pdfKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex');
}

/**
 * PDFs printed by earlier builds, each filed under the key of what it was printed from. The output
 * folder is pruned of every file a build does not write, so the PDFs live here, beside Astro's own
 * cache, and are copied back when their page has not changed. A file's name is its key, written
 * whole or not at all, so an interrupted run cannot leave a PDF under a key it does not match.
 */
export class PdfCache {
  readonly #dir: string;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  #path(key: string): string {
    this.#used.add(`${key}.pdf`);
    return join(this.#dir, `${key}.pdf`);
  }

  /** Copies the PDF printed under `key` to `target`; false when there is none. */
  restore(key: string, target: string): boolean {
    const path = this.#path(key);
    if (!existsSync(path)) return false;
    copyFileSync(path, target);
    return true;
  }

  store(key: string, bytes: Uint8Array): void {
    const path = this.#path(key);
    writeFileSync(`${path}.part`, bytes);
    renameSync(`${path}.part`, path);
  }

  /** Forgets the PDFs this run did not ask for: pages that changed or no longer exist. */
  prune(): void {
    for (const file of readdirSync(this.#dir)) if (!this.#used.has(file)) rmSync(join(this.#dir, file));
  }
}
