import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { moduleTree, moduleTreeDigest } from '../../../src/lib/module-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'module-tree-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Writes `files` (path → text) under a new folder and gives its path. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const project = {
  'package-lock.json': '{"packages":{"node_modules/satteri":{"version":"0.10.5"}}}\n',
  'scripts/entry.ts': "import { a } from './a.ts';\nimport { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nexport * from \"../src/lib/b.mjs\";\n",
  'scripts/a.ts': "import type { Shape } from '../src/lib/types.ts';\nexport const a = () => import('../src/lib/c.js');\n",
  'src/lib/b.mjs': "import './c.js';\nexport const b = 1;\n",
  'src/lib/c.js': "export const c = 'nested';\n",
  'src/lib/types.ts': 'export interface Shape { c: string }\n',
  'src/lib/unused.ts': 'export const unused = 1;\n',
};

const names = (root: string, files: readonly string[]) => files.map((file) => relative(root, file).split('\\').join('/'));

describe('an entry’s module tree', () => {
  it('holds the entry and every module it imports from a relative path, at any depth; not packages, not type-only imports', () => {
    const root = tree('follows', project);
    assert.deepEqual(names(root, moduleTree([join(root, 'scripts/entry.ts')])), ['scripts/a.ts', 'scripts/entry.ts', 'src/lib/b.mjs', 'src/lib/c.js']);
  });

  it('counts a file of data by its bytes, and follows an import written after a local type export', () => {
    const root = tree('data-and-types', {
      'entry.ts': "import rules from './rules.json' with { type: 'json' };\nexport type { Shape }\nimport { used } from './used.ts'\nimport type {\n  Other,\n} from './other.ts'\n",
      'rules.json': '{"import": "./not-followed.ts"}\n',
      'used.ts': 'export const used = 1;\n',
      'other.ts': 'export interface Other { o: number }\n',
    });
    assert.deepEqual(names(root, moduleTree([join(root, 'entry.ts')])), ['entry.ts', 'rules.json', 'used.ts']);
  });

  it('ends on circular imports, each module once', () => {
    const root = tree('circle', {
      'one.ts': "import { two } from './two.ts';\nexport const one = () => two;\n",
      'two.ts': "import { one } from './one.ts';\nexport const two = () => one;\n",
    });
    assert.deepEqual(names(root, moduleTree([join(root, 'one.ts')])), ['one.ts', 'two.ts']);
  });

  it('stops on an import of a file that is not there, naming the importer', () => {
    const root = tree('missing', { 'entry.ts': "import { gone } from './gone.ts';\n" });
    assert.throws(() => moduleTree([join(root, 'entry.ts')]), /entry\.ts imports .*gone\.ts, which cannot be read/);
  });
});

describe('the digest of an entry’s module tree', () => {
  const digestOf = (root: string) => moduleTreeDigest([join(root, 'scripts/entry.ts')], root);

  it('is the same for the same files in another folder, so clones share their caches', () => {
    assert.equal(digestOf(tree('first', project)), digestOf(tree('second', project)));
  });

  it('changes with a module imported at any depth, and with the lockfile', () => {
    const root = tree('changes', project);
    const before = digestOf(root);
    appendFileSync(join(root, 'src/lib/c.js'), '// edited\n');
    const nested = digestOf(root);
    assert.notEqual(nested, before);
    writeFileSync(join(root, 'package-lock.json'), project['package-lock.json'].replace('0.10.5', '0.10.6'));
    assert.notEqual(digestOf(root), nested);
  });

  it('keeps its value when only a file outside the tree changes', () => {
    const root = tree('outside', project);
    const before = digestOf(root);
    appendFileSync(join(root, 'src/lib/unused.ts'), '// edited\n');
    appendFileSync(join(root, 'src/lib/types.ts'), '// types are erased before the code runs\n');
    assert.equal(digestOf(root), before);
  });
});
