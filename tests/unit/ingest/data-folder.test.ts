import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { dataFolderFiles } from '../../../scripts/ingest/data-folder.ts';
import { loadEngagements } from '../../../scripts/ingest/engagements.ts';
import { loadFurniture } from '../../../scripts/ingest/furniture.ts';
import { contentDir } from './context.ts';

const root = mkdtempSync(join(tmpdir(), 'data-folder-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('a folder of data files', () => {
  it('lists its YAML files in order, without hidden files or notes', () => {
    const dir = join(root, 'listed');
    mkdirSync(join(dir, 'sub.yaml'), { recursive: true });
    for (const name of ['b.yaml', 'a.yaml', '.a.yaml.swp', 'README.md']) writeFileSync(join(dir, name), '');
    assert.deepEqual(dataFolderFiles(dir, 'a publisher'), ['a.yaml', 'b.yaml']);
  });

  it('reads as empty when it is missing', () => {
    assert.deepEqual(dataFolderFiles(join(root, 'nowhere'), 'a publisher'), []);
  });

  it('refuses a .yml publisher file, which the ingest would otherwise pass over', () => {
    const dir = join(root, 'with-yml');
    cpSync(join(contentDir, 'rules'), join(dir, 'rules'), { recursive: true });
    mkdirSync(join(dir, 'publishers'));
    const file = join(dir, 'publishers', 'kompas.yml');
    writeFileSync(file, 'id: kompas\nname: Kompas\ndomains: [kompas.com]\n');
    assert.throws(() => loadFurniture(dir), {
      name: 'DataFileError',
      message: `${relative(process.cwd(), file)}: a publisher file ends in .yaml, not .yml; rename it to kompas.yaml`,
    });
  });

  it('lets the ingest load content without publishers or engagements', () => {
    const dir = join(root, 'content');
    cpSync(join(contentDir, 'rules'), join(dir, 'rules'), { recursive: true });
    assert.deepEqual(loadFurniture(dir).publishers, []);
    assert.deepEqual(loadEngagements(dir, new Set()), []);
  });
});
