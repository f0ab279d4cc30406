import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ingestEntries, ingestFingerprint } from '../../../scripts/ingest/cache.ts';
import { moduleTree } from '../../../src/lib/module-tree.ts';
import { copyModuleTree } from '../../copy-module-tree.ts';
import { loadContext } from './context.ts';

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
