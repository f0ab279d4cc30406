import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadFurniture } from '../../../scripts/ingest/furniture.ts';
import { assertDataFileError } from './context.ts';

const root = mkdtempSync(join(tmpdir(), 'furniture-patterns-'));
after(() => rmSync(root, { recursive: true, force: true }));

const rule = (id: string, match: string): string => `- id: ${id}\n  removes: something\n  match: ${match}\n`;

const PUBLISHER = `id: example
name: Example News
domains: [example.org]
detect: [
  'bang jaki \\+ ?indeks',
  '[a-z, ]{2,5} \\]',
  "(?:lihat|baca)\\"? (\\\\w+\\\\s*)+$"
]
`;

/** A content folder with these generic rules and, when given, one publisher file. */
function content(generic: string, publisher?: string): { dir: string; generic: string; publisher: string } {
  const dir = mkdtempSync(join(root, 'content-'));
  mkdirSync(join(dir, 'rules'));
  mkdirSync(join(dir, 'publishers'));
  writeFileSync(join(dir, 'rules', 'generic.yaml'), generic);
  if (publisher) writeFileSync(join(dir, 'publishers', 'example.yaml'), publisher);
  const shown = (...path: string[]) => relative(process.cwd(), join(dir, ...path));
  return { dir, generic: shown('rules', 'generic.yaml'), publisher: shown('publishers', 'example.yaml') };
}

describe('furniture patterns', () => {
  it('takes patterns that compile and repeat nothing ambiguously', () => {
    const { dir } = content(rule('baca-juga', "'baca juga(?:\\s*:.*)?'") + rule('views', "'\\d+ ?(?:views|dilihat)'"));
    assert.deepEqual(
      loadFurniture(dir).generic.map((r) => r.regex.source),
      ['^(?:baca juga(?:\\s*:.*)?)$', '^(?:\\d+ ?(?:views|dilihat))$'],
    );
  });

  it('refuses a match that does not compile, with the engine’s reason, at its line', () => {
    const { dir, generic } = content(rule('baca-juga', "'baca juga'") + rule('photo', "'(?:foto|photo: .*'"));
    assertDataFileError(
      () => loadFurniture(dir),
      `${generic}:6: entry "photo", match: not a valid regular expression with the flags i and u (Unterminated group); correct it, escaping with a backslash any of ( ) [ ] { } | that stand for themselves — see the schema in src/schemas/`,
    );
  });

  it('refuses a pattern written between slashes, which would match only its own slashes and flags', () => {
    const { dir, generic } = content(rule('ads', "'/iklan|advertisement/i'"));
    assertDataFileError(
      () => loadFurniture(dir),
      `${generic}:3: entry "ads", match: written between slashes, which would be matched as text, so it never matches; write only what is between them, 'iklan|advertisement': every pattern ignores case and matches whole lines — see the schema in src/schemas/`,
    );
  });

  it('refuses a publisher’s domain written as an address, which no source’s host would equal, naming the host to write', () => {
    for (const [written, host] of [['https://www.example.org/read/', '"example.org"'], ['example.org/news', '"example.org"'], ['Example News', 'a host name, like "beritajakarta.id"']]) {
      const { dir, publisher } = content('[]\n', `id: example\nname: Example News\ndomains:\n  - kompas.com\n  - ${written}\n`);
      assertDataFileError(
        () => loadFurniture(dir),
        `${publisher}:5: domains #2: write ${host} alone, without "https://" or a path: an address on it or on any of its subdomains belongs to this publisher — see the schema in src/schemas/`,
      );
    }
  });

  it('refuses a match with a nested repeat, naming the repeat and how to rewrite it', () => {
    const { dir, generic } = content(rule('links', String.raw`'(\w+\s*)+ \+ ?indeks'`));
    assertDataFileError(
      () => loadFurniture(dir),
      String.raw`${generic}:3: entry "links", match: the repeat ${'`'}(\w+\s*)+${'`'} holds another unbounded repeat that can run on into its next round, so a line that almost matches takes exponential time; start each round with what the inner repeat cannot match, as \w+(?:\s+\w+)* does for (\w+\s*)+ — see the schema in src/schemas/`,
    );
  });

  it('refuses two repeats side by side over the same characters', () => {
    const { dir, generic } = content(rule('share', String.raw`'bagikan\s*:?\s*'`) + rule('tail', String.raw`'[a-z]*\w+'`));
    assertDataFileError(() => loadFurniture(dir), new RegExp(String.raw`^${generic.replace(/[.\\]/g, '\\$&')}:6: entry "tail", match: the repeat ${'`'}\[a-z\]\*${'`'} runs straight into ${'`'}\\w\+${'`'}, another unbounded repeat over the same characters, so a line that almost matches takes exponential time; merge the two into one, or put between them a character neither matches — `));
  });

  it('refuses a detect pattern at its line in a flow list spread over lines, past quoted commas, brackets and quotes', () => {
    const { dir, publisher } = content(rule('baca-juga', "'baca juga'"), PUBLISHER);
    assertDataFileError(
      () => loadFurniture(dir),
      String.raw`${publisher}:7: detect #3: the repeat ${'`'}(\w+\s*)+${'`'} holds another unbounded repeat that can run on into its next round, so a line that almost matches takes exponential time; start each round with what the inner repeat cannot match, as \w+(?:\s+\w+)* does for (\w+\s*)+ — see the schema in src/schemas/`,
    );
  });
});
