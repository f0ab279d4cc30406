import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { z } from 'zod';
import { DataFileError, readDataFile } from '../../../scripts/ingest/data-file.ts';

const schema = z.array(z.object({ id: z.string(), since: z.string() }));

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dataFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-file-'));
  dirs.push(dir);
  const file = join(dir, 'cities.yaml');
  writeFileSync(file, text);
  return file;
}

test('reads a valid file as its schema says, dates kept as written', () => {
  assert.deepEqual(readDataFile(dataFile('- id: jakarta\n  since: 2018-10-30\n'), schema), [{ id: 'jakarta', since: '2018-10-30' }]);
});

test('broken YAML names the file and line, what is wrong and how to fix it', () => {
  const file = dataFile('- id: jakarta\n  since: 2018\n- id: casablanca: morocco\n  since: 2018\n');
  assert.throws(() => readDataFile(file, schema), (error: Error) => {
    assert.ok(error instanceof DataFileError);
    // Files are named as the user would type them from where the command runs.
    assert.ok(error.message.startsWith(`${relative(process.cwd(), file)}:3: not valid YAML: `), error.message);
    assert.match(error.message, /: not valid YAML: \S.* — quote the value, as it holds ": ": id: "casablanca: morocco"$/);
    return true;
  });
});

test('a YAML error says what usually mends it', () => {
  assert.throws(() => readDataFile(dataFile('- id: jakarta\n\tsince: 2018\n'), schema), /:2: not valid YAML: tab characters .* — indent with spaces, not tabs$/);
  assert.throws(() => readDataFile(dataFile('- id: jakarta\n  since: [2018\n'), schema), /:3: not valid YAML: .* — close the "\[" or "\{" opened above: the value runs on to the end of the file$/);
});

test('a key given twice is an error, not a silent overwrite', () => {
  assert.throws(() => readDataFile(dataFile('- id: jakarta\n  id: bandung\n  since: "2018"\n'), schema), /:2: not valid YAML: duplicated mapping key/);
});

test('a value the schema refuses names the line, the entry by its id and the field, and points to the schema', () => {
  assert.throws(() => readDataFile(dataFile('- id: jakarta\n  since: 2018\n'), schema), /cities\.yaml:2: entry "jakarta", since: .+ — see the schema in src\/schemas\/$/);
});

test('a missing field names the line of its entry, the entry by its id, and the field it has no value for', () => {
  const file = dataFile('- id: jakarta\n  since: "2018"\n\n- id: bandung\n  kind: city\n');
  assert.throws(() => readDataFile(file, schema), /cities\.yaml:4: entry "bandung" has no `since`; add it — see the schema in src\/schemas\/$/);
});

test('a missing field of an entry in a list of a mapping is named from that entry', () => {
  const rules = z.strictObject({ rules: z.array(z.object({ id: z.string(), name: z.object({ en: z.string() }) })) });
  const file = dataFile('rules:\n  - id: a\n    name: { en: A }\n  - id: b\n    name:\n      id: B\n');
  assert.throws(() => readDataFile(file, rules), /cities\.yaml:5: entry "b", name has no `en`; add it — /);
});

test('an entry without its id is still found by its line', () => {
  assert.throws(() => readDataFile(dataFile('- id: jakarta\n  since: "2018"\n- since: "2019"\n'), schema), /cities\.yaml:3: this entry has no `id`; add it — /);
});

test('a field the schema does not know names its line and its entry, so a misspelling is found', () => {
  const strict = z.array(z.strictObject({ id: z.string(), aliases: z.array(z.string()).default([]) }));
  const file = dataFile('- id: jakarta\n  aliases: [DKI Jakarta]\n- id: bandung\n  alias: [Kota Kembang]\n');
  assert.throws(() => readDataFile(file, strict), /cities\.yaml:4: entry "bandung" has `alias`, which is not one of its fields; correct its name or remove it — see the schema in src\/schemas\/$/);
});

test('a missing file is named with how to bring it back, not thrown as a stack trace', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'data-file-')), 'cities.yaml');
  dirs.push(join(file, '..'));
  const shown = relative(process.cwd(), file);
  assert.throws(() => readDataFile(file, schema), {
    name: 'DataFileError',
    message: `${shown}: not found; the ingest cannot run without it — restore it (\`git checkout -- ${shown}\` brings back the committed one), or give --content the folder that holds gazetteer/, rules/, publishers/, engagements/ and translations/`,
  });
  writeFileSync(file.replace(/yaml$/, 'yml'), '- id: jakarta\n  since: 2018\n');
  assert.throws(() => readDataFile(file, schema), { name: 'DataFileError', message: `${shown}: not found; the ingest cannot run without it — rename cities.yml to cities.yaml: only .yaml is read` });
});
