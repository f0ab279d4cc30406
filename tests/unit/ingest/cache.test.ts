import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { ingestEntries, ingestFingerprint, loadCache, saveCache } from '../../../scripts/ingest/cache.ts';
import { prepare, toSource } from '../../../scripts/ingest/prepare.ts';
import { moduleTree } from '../../../src/lib/module-tree.ts';
import { copyModuleTree } from '../../copy-module-tree.ts';
import { contentDir, loadContext } from './context.ts';

const work = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('the ingest cache’s fingerprint', () => {
  it('covers every repo module the ingest imports, those in src/lib and src/schemas included', () => {
    const modules = moduleTree(ingestEntries()).map((file) => relative(process.cwd(), file));
    for (const module of ['scripts/ingest/cli.ts', 'scripts/ingest/prepare-worker.ts', 'scripts/ingest/to-mdx.ts', 'src/lib/fold.ts', 'src/lib/get-or-create.ts', 'src/schemas/gazetteer.ts']) {
      assert.ok(modules.includes(module), `${module} is not in the fingerprint`);
    }
    assert.deepEqual(modules.filter((m) => !m.startsWith('scripts/') && !m.startsWith('src/')), [], 'only the repo’s own modules');
  });

  it('changes with a module the ingest imports from src/lib and with the lockfile, not with the folder the code is in', async () => {
    const context = loadContext();
    const code = join(work, 'code');
    copyModuleTree(ingestEntries(), code);
    const copied: typeof import('../../../scripts/ingest/cache.ts') = await import(pathToFileURL(join(code, 'scripts/ingest/cache.ts')).href);
    const repo = ingestFingerprint(context);
    assert.equal(copied.ingestFingerprint(context), repo);

    appendFileSync(join(code, 'src/lib/fold.ts'), '\n// A module the ingest imports, changed.\n');
    const edited = copied.ingestFingerprint(context);
    assert.notEqual(edited, repo);

    const lockfile = join(code, 'package-lock.json');
    writeFileSync(lockfile, readFileSync(lockfile, 'utf8').replace(/("node_modules\/remark-stringify": \{\s*"version": ")[^"]+/, '$1999.0.0'));
    assert.notEqual(copied.ingestFingerprint(context), edited);
  });
});

describe('the ingest cache file', () => {
  const context = loadContext();
  const source = '2018-10-30-beritajakarta-anies-panelis-u20-mayors-summit.txt';
  const saved = prepare(toSource(source, readFileSync(join(contentDir, 'sources', source))), context);
  const path = join(work, 'ingest-cache.bin');

  it('gives back what was saved under the same fingerprint only', () => {
    assert.ok(saved.mdx && 'ingested' in saved.outcome, 'a source that is ingested, with its MDX');
    saveCache(path, 'f1', new Map([[source, saved]]));
    assert.deepEqual(loadCache(path, 'f1'), new Map([[source, saved]]));
    assert.equal(loadCache(path, 'f2').size, 0);
  });

  it('reads a file of another shape as no cache, without stopping', () => {
    // As saveCache() writes it: the one well-formed file here, so each other one fails for its shape.
    const version = 2;
    writeFileSync(path, serialize({ version, fingerprint: 'f1', entries: { [source]: saved } }));
    assert.equal(loadCache(path, 'f1').size, 1);
    const shapes: Record<string, unknown> = {
      'not a cache': [source],
      'an older version': { version: version - 1, fingerprint: 'f1', entries: { [source]: saved } },
      'no entries': { version, fingerprint: 'f1' },
      'an entry without its hash': { version, fingerprint: 'f1', entries: { [source]: { outcome: saved.outcome } } },
      'an entry without its outcome': { version, fingerprint: 'f1', entries: { [source]: { hash: saved.hash } } },
      'an outcome neither ingested nor a problem': { version, fingerprint: 'f1', entries: { [source]: { hash: saved.hash, outcome: { file: source } } } },
      'MDX as text, not bytes': { version, fingerprint: 'f1', entries: { [source]: { ...saved, mdx: { id: 'a', bytes: 'Judul' } } } },
    };
    for (const [name, shape] of Object.entries(shapes)) {
      writeFileSync(path, serialize(shape));
      assert.equal(loadCache(path, 'f1').size, 0, name);
    }
    writeFileSync(path, 'not even V8’s serialization');
    assert.equal(loadCache(path, 'f1').size, 0, 'unreadable');
  });
});
