import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { shownPath } from '../../../scripts/ingest/data-file.ts';
import { listSourceFiles } from '../../../scripts/ingest/source-files.ts';

const root = mkdtempSync(join(tmpdir(), 'source-files-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('a link to a file is a source; a folder, a link to one and a broken link are each named as not read', () => {
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'kept-elsewhere.txt'), 'Judul\n');
  const sources = join(root, 'sources');
  mkdirSync(join(sources, '2019'), { recursive: true });
  mkdirSync(join(sources, '.hidden-folder'));
  writeFileSync(join(sources, 'b.txt'), 'Judul\n');
  writeFileSync(join(sources, '.gitkeep'), '');
  writeFileSync(join(sources, 'README.md'), '# Sources\n');
  symlinkSync(join(elsewhere, 'kept-elsewhere.txt'), join(sources, 'a-link.txt'));
  symlinkSync(elsewhere, join(sources, 'linked-folder'));
  symlinkSync(join(elsewhere, 'gone.txt'), join(sources, 'broken.txt'));

  const { names, notRead } = listSourceFiles(sources);
  assert.deepEqual(names, ['a-link.txt', 'b.txt']);
  assert.equal(notRead.length, 3, notRead.join('\n'));
  const about = (name: string) => notRead.find((line) => line.startsWith(shownPath(join(sources, name))));
  assert.match(about('2019') ?? '', /^[^:]*2019\/: a folder; not read/);
  assert.match(about('2019') ?? '', /move/);
  assert.match(about('linked-folder') ?? '', /linked-folder\/: a folder; not read/);
  assert.match(about('broken.txt') ?? '', /broken\.txt: a link to .*gone\.txt, which does not exist; not read/);
});
