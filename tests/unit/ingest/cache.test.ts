import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { ingestEntries } from '../../../scripts/ingest/cache.ts';
import { moduleTree } from '../../../src/lib/module-tree.ts';

describe('the ingest cache’s fingerprint', () => {
  it('covers every repo module the ingest imports, those in src/lib and src/schemas included', () => {
    const modules = moduleTree(ingestEntries()).map((file) => relative(process.cwd(), file));
    for (const module of ['scripts/ingest/cli.ts', 'scripts/ingest/prepare-worker.ts', 'scripts/ingest/to-mdx.ts', 'src/lib/fold.ts', 'src/lib/get-or-create.ts', 'src/schemas/gazetteer.ts']) {
      assert.ok(modules.includes(module), `${module} is not in the fingerprint`);
    }
    assert.deepEqual(modules.filter((m) => !m.startsWith('scripts/') && !m.startsWith('src/')), [], 'only the repo’s own modules');
  });
});
