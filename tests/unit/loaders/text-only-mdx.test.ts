import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import type { ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { paragraphsToMdx } from '../../../scripts/ingest/to-mdx.ts';
import { textOnlyMdx } from '../../../src/loaders/text-only-mdx.ts';
import { copyModuleTree } from '../../copy-module-tree.ts';

interface StoredEntry {
  id: string;
  data?: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  deferredRender?: boolean;
  rendered?: { html: string };
}

/** The entry type @astrojs/mdx registers for .mdx, taken from its setup hook as Astro would. */
async function mdxEntryType(): Promise<ContentEntryType> {
  let entryType: ContentEntryType | undefined;
  const params = { config: { root: new URL('file:///site/'), srcDir: new URL('file:///site/src/') }, command: 'build' };
  const helpers = { addContentEntryType: (type: ContentEntryType) => (entryType = type), addRenderer() {}, addPageExtension() {}, updateConfig() {} };
  for (const [name, value] of Object.entries(helpers)) Object.defineProperty(params, name, { value, enumerable: false });
  const setup = mdx().hooks['astro:config:setup'];
  assert.ok(setup);
  await setup(params as unknown as Parameters<typeof setup>[0]);
  assert.ok(entryType);
  return entryType;
}

/** Stands in for `astro dev`'s file watcher: the test calls the loader's change handler itself and awaits it. */
function devWatcher() {
  const handlers = new Map<string, (path: string) => Promise<void>>();
  return { add() {}, on: (event: string, handler: (path: string) => Promise<void>) => void handlers.set(event, handler), change: (path: string) => handlers.get('change')!(path) };
}

/** What a loader is given, with a store and meta store that outlive one load, as Astro's do between builds. */
function site(root: string, entryType: ContentEntryType, { watcher, loader = textOnlyMdx }: { watcher?: ReturnType<typeof devWatcher>; loader?: typeof textOnlyMdx } = {}) {
  const store = new Map<string, StoredEntry>();
  const meta = new Map<string, string>();
  const errors: string[] = [];
  const context = (smartPunctuation: boolean) =>
    ({
      collection: 'articles',
      store: {
        get: (id: string) => store.get(id),
        set: (entry: StoredEntry) => (store.set(entry.id, entry), true),
        delete: (id: string) => void store.delete(id),
        clear: () => store.clear(),
        keys: () => [...store.keys()],
        entries: () => [...store.entries()],
        has: (id: string) => store.has(id),
        addModuleImport() {},
        addAssetImports() {},
      },
      meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
      logger: { info() {}, warn() {}, debug() {}, error: (message: string) => void errors.push(message) },
      config: {
        root: pathToFileURL(`${root}/`),
        srcDir: pathToFileURL(`${root}/src/`),
        markdown: { processor: satteri({ features: { smartPunctuation } }), gfm: true, smartypants: true },
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: unknown) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
      entryTypes: new Map([['.mdx', entryType]]),
      watcher,
    }) as unknown as LoaderContext;
  return { store, errors, load: (smartPunctuation = false) => loader({ pattern: '*.mdx', base: root }).load(context(smartPunctuation)) };
}

describe('textOnlyMdx loader', () => {
  const roots: string[] = [];
  let root: string;
  let entryType: ContentEntryType;
  const fresh = () => roots.push((root = mkdtempSync(join(tmpdir(), 'text-only-mdx-'))));
  const write = (name: string, body: string) => writeFileSync(join(root, name), `---\nid: ${name.replace('.mdx', '')}\ntitle: Judul\n---\n${body}`);

  before(async () => {
    entryType = await mdxEntryType();
  });
  after(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('stores each article with its HTML, so no article becomes a module for Vite to compile', async () => {
    fresh();
    write('a.mdx', '"Jakarta" -- kota \\{global\\}.\n');
    const { store, load } = site(root, entryType);
    await load();
    assert.deepEqual(store.get('a')?.rendered, { html: '<p>"Jakarta" -- kota {global}.</p>' });
    assert.equal(store.get('a')?.deferredRender, undefined);
  });

  it('renders articles without GFM, which the site’s other Markdown has: a bare address stays text', async () => {
    fresh();
    write('a.mdx', paragraphsToMdx(['Lihat www.jakarta.go.id/<layanan> atau ~~coret~~.']));
    const { store, load } = site(root, entryType);
    await load();
    assert.deepEqual(store.get('a')?.rendered, { html: '<p>Lihat www.jakarta.go.id/&#x3C;layanan> atau ~~coret~~.</p>' });
  });

  it('keeps the stored HTML of an unchanged file and renders a changed one', async () => {
    fresh();
    write('a.mdx', 'Satu.\n');
    write('b.mdx', 'Dua.\n');
    const { store, load } = site(root, entryType);
    await load();
    store.set('a', { ...store.get('a')!, rendered: { html: 'kept from the last build' } });
    write('b.mdx', 'Dua, diperbaiki.\n');
    await load();
    assert.equal(store.get('a')?.rendered?.html, 'kept from the last build');
    assert.equal(store.get('b')?.rendered?.html, '<p>Dua, diperbaiki.</p>');
  });

  it('reads the front matter of a changed file only, and keeps an unchanged one’s data', async () => {
    fresh();
    write('a.mdx', 'Satu.\n');
    write('b.mdx', 'Dua.\n');
    const parsed: string[] = [];
    const counting: ContentEntryType = { ...entryType, getEntryInfo: (params) => (parsed.push(relative(root, fileURLToPath(params.fileUrl))), entryType.getEntryInfo(params)) };
    const { store, load } = site(root, counting);
    await load();
    assert.deepEqual(parsed.sort(), ['a.mdx', 'b.mdx']);
    parsed.length = 0;
    write('b.mdx', 'Dua, diperbaiki.\n');
    await load();
    assert.deepEqual(parsed, ['b.mdx']);
    assert.deepEqual(store.get('a')?.data, { id: 'a', title: 'Judul' });
    assert.equal(store.get('a')?.rendered?.html, '<p>Satu.</p>');
  });

  it('under astro dev, reads an article again when an edit is undone', async () => {
    fresh();
    write('a.mdx', 'Satu.\n');
    const watcher = devWatcher();
    const { store, errors, load } = site(root, entryType, { watcher });
    // The server starts with the store the last build left.
    await load();
    await load();
    write('a.mdx', 'Satu, diubah.\n');
    await watcher.change(join(root, 'a.mdx'));
    assert.equal(store.get('a')?.rendered?.html, '<p>Satu, diubah.</p>');
    write('a.mdx', 'Satu.\n');
    await watcher.change(join(root, 'a.mdx'));
    assert.deepEqual(store.get('a')?.data, { id: 'a', title: 'Judul' });
    assert.equal(store.get('a')?.rendered?.html, '<p>Satu.</p>');
    assert.deepEqual(errors, []);
  });

  it('renders every file again when the renderer’s settings change', async () => {
    fresh();
    write('a.mdx', '"Satu" -- dua.\n');
    const { store, load } = site(root, entryType);
    await load(false);
    store.set('a', { ...store.get('a')!, rendered: { html: 'made with other settings' } });
    await load(true);
    assert.equal(store.get('a')?.rendered?.html, '<p>“Satu” – dua.</p>');
  });

  it('renders every file again when the renderer’s code changes, or the version of a package it uses', async () => {
    fresh();
    write('a.mdx', 'Satu.\n');
    // A copy of the loader's code, to edit.
    const code = mkdtempSync(join(tmpdir(), 'text-only-mdx-code-'));
    roots.push(code);
    copyModuleTree(['src/loaders/text-only-mdx.ts'], code);
    const { textOnlyMdx: loader }: typeof import('../../../src/loaders/text-only-mdx.ts') = await import(pathToFileURL(join(code, 'src/loaders/text-only-mdx.ts')).href);
    const { store, load } = site(root, entryType, { loader });
    await load();
    const renderedElsewhere = () => store.set('a', { ...store.get('a')!, rendered: { html: 'rendered by other code' } });
    renderedElsewhere();
    await load();
    assert.equal(store.get('a')?.rendered?.html, 'rendered by other code', 'kept while nothing changed');

    appendFileSync(join(code, 'src/lib/markdown-features.ts'), '\n// A module the renderer imports, changed.\n');
    await load();
    assert.equal(store.get('a')?.rendered?.html, '<p>Satu.</p>');

    renderedElsewhere();
    const lockfile = join(code, 'package-lock.json');
    const locked = readFileSync(lockfile, 'utf8');
    const bumped = locked.replace(/("node_modules\/satteri": \{\s*"version": ")[^"]+/, '$1999.0.0');
    assert.notEqual(bumped, locked);
    writeFileSync(lockfile, bumped);
    await load();
    assert.equal(store.get('a')?.rendered?.html, '<p>Satu.</p>');
  });

  it('fails the load on a hand-edited article, naming its file, line and column and the fix, every time', async () => {
    fresh();
    write('a.mdx', 'Baik.\n');
    write('b.mdx', 'Teks.\n\nWali kota <Sambutan /> hadir.\n');
    const { store, load } = site(root, entryType);
    const expected = (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.equal(error.message.split(': ')[0], `${relative(process.cwd(), join(root, 'b.mdx'))}:7:11`);
      assert.match(error.message, /a JSX element \(<Sambutan \/>\).*fix the source in content\/sources\/ and run `npm run ingest`/);
      // Astro shows `loc` as the error's location, with a frame of the article around it.
      assert.deepEqual((error as Error & { loc?: unknown }).loc, { file: join(root, 'b.mdx'), line: 7, column: 11 });
      return true;
    };
    await assert.rejects(load(), expected);
    await assert.rejects(load(), expected, 'an entry stored without its HTML passed as unchanged');
    assert.equal(store.get('a')?.rendered?.html, '<p>Baik.</p>');
  });
});
