import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadIngestData } from '../../../scripts/ingest/context.ts';
import { dataFolderFiles } from '../../../scripts/ingest/data-folder.ts';
import { loadEngagements } from '../../../scripts/ingest/engagements.ts';
import { loadFurniture } from '../../../scripts/ingest/furniture.ts';
import { loadGazetteer } from '../../../scripts/ingest/gazetteer.ts';
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

  it('refuses a third gazetteer file, whose entries neither the ingest nor the site would read', () => {
    const dir = join(root, 'third-gazetteer');
    cpSync(join(contentDir, 'gazetteer'), join(dir, 'gazetteer'), { recursive: true });
    const file = join(dir, 'gazetteer', 'more-cities.yaml');
    writeFileSync(file, '- id: bandung\n');
    // Notes and an editor's backups are no data.
    for (const name of ['README.md', 'cities.yaml~']) writeFileSync(join(dir, 'gazetteer', name), '');
    assert.throws(() => loadGazetteer(dir), {
      name: 'DataFileError',
      message: `${relative(process.cwd(), file)}: not read, as only cities.yaml and organisations.yaml are read in ${relative(process.cwd(), join(dir, 'gazetteer'))}; move its entries into cities.yaml or organisations.yaml, by their kind`,
    });
  });

  it('refuses a rules file other than the generic rules and the entity candidates, naming where publishers’ rules go', () => {
    const dir = join(root, 'third-rules');
    cpSync(contentDir, dir, { recursive: true, filter: (path) => !path.includes('sources') && !path.includes('articles') });
    const file = join(dir, 'rules', 'kompas.yaml');
    writeFileSync(file, '- id: kompas-ads\n  removes: ads\n  match: iklan\n');
    assert.throws(() => loadIngestData(dir), {
      name: 'DataFileError',
      message: `${relative(process.cwd(), file)}: not read, as only generic.yaml and entity-candidates.yaml are read in ${relative(process.cwd(), join(dir, 'rules'))}; a publisher’s rules go in ${relative(process.cwd(), join(dir, 'publishers'))}/<publisher id>.yaml, and rules for every publisher in generic.yaml`,
    });
  });
});
