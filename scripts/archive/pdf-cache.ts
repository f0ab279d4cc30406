import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files a page loads while it prints: stylesheets, scripts, images and `<use>` sprites, by the
 * address the page gives. Links to other pages are left out: they do not change what is printed.
 */
export function loadedAddresses(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const address = /\shref="([^"#]+)/.exec(tag)?.[1];
    if (address && /\srel="(?:stylesheet|icon|preload|modulepreload)"/.test(tag)) found.add(address);
  }
  for (const [, address] of html.matchAll(/<(?:use|image)\b[^>]*?\shref="([^"#]+)/g)) found.add(address!);
  for (const [, address] of html.matchAll(/<(?:script|img|source|iframe)\b[^>]*?\ssrc="([^"#]+)/g)) found.add(address!);
  return [...found].sort();
}

/** A digest of everything a printed PDF depends on, in a fixed order. */
export function pdfKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex');
}

/**
 * PDFs printed by earlier builds, each kept under the key of what it was printed from. The output
 * folder is pruned of every file a build does not write, so the PDFs live here, beside Astro's own
 * cache, and are copied back when their page has not changed.
 */
export class PdfCache {
  readonly #dir: string;
  readonly #manifestPath: string;
  readonly #keys: Record<string, string>;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
    this.#manifestPath = join(dir, 'manifest.json');
    mkdirSync(dir, { recursive: true });
    this.#keys = existsSync(this.#manifestPath) ? (JSON.parse(readFileSync(this.#manifestPath, 'utf8')) as Record<string, string>) : {};
  }

  /** Copies the PDF printed under `key` to `target`; false when there is none. */
  restore(file: string, key: string, target: string): boolean {
    this.#used.add(file);
    if (this.#keys[file] !== key || !existsSync(join(this.#dir, file))) return false;
    copyFileSync(join(this.#dir, file), target);
    return true;
  }

  store(file: string, key: string, bytes: Uint8Array): void {
    this.#used.add(file);
    writeFileSync(join(this.#dir, file), bytes);
    this.#keys[file] = key;
  }

  /** Forgets the PDFs this run did not ask for (a volume that no longer exists) and saves the keys. */
  save(): void {
    for (const file of readdirSync(this.#dir)) {
      if (file.endsWith('.pdf') && !this.#used.has(file)) rmSync(join(this.#dir, file));
    }
    const kept = Object.fromEntries(Object.entries(this.#keys).filter(([file]) => this.#used.has(file)));
    writeFileSync(this.#manifestPath, `${JSON.stringify(kept, null, 2)}\n`);
  }
}
