import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { STRUCTURAL_RULES } from '../../../scripts/ingest/clean.ts';
import { loadFurniture, ruleCatalogue } from '../../../scripts/ingest/furniture.ts';
import { assertDataFileError, contentDir } from './context.ts';

const root = mkdtempSync(join(tmpdir(), 'furniture-'));
after(() => rmSync(root, { recursive: true, force: true }));

const GENERIC = `- id: baca-juga
  removes: a "read also" link
  match: 'baca juga.*'
- id: photo-credit
  removes: a photo credit
  match: '\\(foto: .*\\)'
`;

const publisher = (rules: string): string => `id: example
name: Example News
domains: [example.org]
rules:
${rules}`;

/** A content folder with the generic rules above and one publisher's. */
function content(publisherRules: string, generic = GENERIC): string {
  const dir = mkdtempSync(join(root, 'content-'));
  mkdirSync(join(dir, 'rules'));
  mkdirSync(join(dir, 'publishers'));
  writeFileSync(join(dir, 'rules', 'generic.yaml'), generic);
  writeFileSync(join(dir, 'publishers', 'example.yaml'), publisher(publisherRules));
  return dir;
}

const OWN_ID = "the ingest report names each removed line's rule by its id, so give this rule an id of its own";

const shown = (dir: string, ...path: string[]): string => relative(process.cwd(), join(dir, ...path));

const refused = (dir: string, message: string | RegExp): void => assertDataFileError(() => loadFurniture(dir), message);

describe('furniture rules', () => {
  it('loads the project’s rules, and the catalogue describes each of them and the cleaner’s own', () => {
    const furniture = loadFurniture(contentDir);
    const catalogue = ruleCatalogue(furniture);
    const ids = [...furniture.generic, ...furniture.publishers.flatMap((p) => p.compiled)].map((r) => r.id);
    assert.deepEqual(Object.keys(catalogue), [...ids, ...Object.keys(STRUCTURAL_RULES)].sort());
    for (const [id, removes] of Object.entries(catalogue)) assert.match(removes, /\w/, id);
  });

  it('refuses a publisher rule with an id a generic rule has, naming both lines', () => {
    const dir = content('  - id: baca-juga\n    removes: a link\n    match: lihat juga\n');
    refused(
      dir,
      `${shown(dir, 'publishers', 'example.yaml')}:5: rule id "baca-juga" is already used at ${shown(dir, 'rules', 'generic.yaml')}:1; ${OWN_ID}`,
    );
  });

  it('refuses an id given twice in one file, naming the second', () => {
    const dir = content('  - id: prompt\n    removes: a prompt\n    match: komentar\n  - id: prompt\n    removes: another\n    match: tulis\n');
    const file = shown(dir, 'publishers', 'example.yaml');
    refused(dir, `${file}:8: rule id "prompt" is already used at ${file}:5; ${OWN_ID}`);
  });

  it('refuses an id the cleaner uses for a rule of its own', () => {
    const dir = content('  - id: pull-quote\n    removes: a quote\n    match: kutipan\n');
    refused(
      dir,
      `${shown(dir, 'publishers', 'example.yaml')}:5: rule id "pull-quote" is already one of the cleaner's own rules (STRUCTURAL_RULES in scripts/ingest/clean.ts); ${OWN_ID}`,
    );
  });

  it('refuses a `before` that names no rule the source is cleaned with', () => {
    const dir = content('  - id: caption\n    removes: a caption\n    match: .{0,80}\n    before: photo-credits\n');
    refused(
      dir,
      `${shown(dir, 'publishers', 'example.yaml')}:8: rule "caption" has \`before: photo-credits\`, which names no rule in this file or in ${shown(dir, 'rules', 'generic.yaml')}; ` +
        'write the id of the rule that removes the line after the one "caption" removes',
    );
  });

  it('refuses a generic rule whose `before` names a rule only a publisher has', () => {
    const generic = `${GENERIC}- id: caption\n  removes: a caption\n  match: .{0,80}\n  before: prompt\n`;
    const dir = content('  - id: prompt\n    removes: a prompt\n    match: komentar\n', generic);
    refused(
      dir,
      `${shown(dir, 'rules', 'generic.yaml')}:10: rule "caption" has \`before: prompt\`, which names no rule in this file; ` +
        'write the id of the rule that removes the line after the one "caption" removes',
    );
  });

  it('refuses a `before` that names its own rule, which would wait for a line it removes itself', () => {
    const dir = content('  - id: caption\n    removes: a caption\n    match: .{0,80}\n    before: caption\n');
    refused(
      dir,
      `${shown(dir, 'publishers', 'example.yaml')}:8: rule "caption" has \`before: caption\`, its own id, so it waits for a line after it that it removes itself; ` +
        'write the id of the rule that removes the line after the one "caption" removes, or remove `before`',
    );
  });

  it('refuses `keep` on a rule that is not a block, which would keep nothing', () => {
    const dir = content('  - id: related\n    removes: related stories\n    match: berita terkait\n    keep: related\n');
    refused(dir, `${shown(dir, 'publishers', 'example.yaml')}:8: entry "related", keep: \`keep: related\` keeps lines of a block; add \`block: true\`, or remove \`keep\` — see the schema in src/schemas/`);
  });

  it('takes a `before` that names a generic rule', () => {
    const dir = content('  - id: caption\n    removes: a caption\n    match: .{0,80}\n    before: photo-credit\n');
    assert.deepEqual(loadFurniture(dir).publishers[0]!.compiled.map((r) => r.before), ['photo-credit']);
  });

  it('refuses a publisher id another publisher file has, naming both files', () => {
    const dir = content('  - id: example-footer\n    removes: a footer\n    match: footer\n');
    writeFileSync(join(dir, 'publishers', 'another.yaml'), '# The same site under another name.\nid: example\nname: Example\ndomains: [example.com]\n');
    assertDataFileError(
      () => loadFurniture(dir),
      `${shown(dir, 'publishers', 'example.yaml')}:1: publisher id "example" is already used at ${shown(dir, 'publishers', 'another.yaml')}:2; front matter names a publisher by its id, so give each publisher file an id of its own`,
    );
  });
});
