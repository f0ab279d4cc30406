import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { syntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { loadVocabulary } from '../../scripts/bench/vocabulary.ts';
import { MAIN_SITE } from '../e2e/sites.ts';
import { treeHashes } from './tree-hashes.ts';

/*
 * Astro's incremental build copies a page from the last build when its cacheKey (src/lib/cache-keys.ts)
 * and code are unchanged. A key that misses something the page shows leaves a stale page behind, so
 * the same site is rebuilt in place after two edits and must equal a build from scratch.
 */

const repoRoot = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'jcd-incremental-'));
after(() => rmSync(work, { recursive: true, force: true }));

const sources = join(work, 'sources');
const corpus = syntheticCorpus(200, loadVocabulary(join(repoRoot, 'content')));
const NEW_PARAGRAPH = 'Paragraf tambahan ini ditulis untuk menguji pembangunan ulang yang bertahap.';

interface Built {
  dist: string;
  /** Pages Astro rendered; the others it copied from the previous build. */
  rendered: string[];
  copied: number;
}

/** Ingest and `astro build` of `sources` into the folders named `name`, reusing whatever they hold. */
function build(name: string): Built {
  const dir = join(work, name);
  const env = {
    ...process.env,
    SOURCES_DIR: sources,
    ARTICLES_DIR: join(dir, 'articles'),
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    OUT_DIR: join(dir, 'dist'),
    BASE_PATH: MAIN_SITE.base,
    SOURCE_DATE_EPOCH: '1764115200',
    ASTRO_TELEMETRY_DISABLED: '1',
    CI: '1',
    NO_COLOR: '1',
  };
  for (const args of [['scripts/ingest.ts'], ['node_modules/astro/bin/astro.mjs', 'build']]) {
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(result.status, 0, `${args.join(' ')} (${name}) failed:\n${result.stdout.slice(-4000)}\n${result.stderr}`);
    if (args[0] !== 'scripts/ingest.ts') return { dist: env.OUT_DIR, ...pagesOf(result.stdout.replace(/\x1b\[[0-9;]*m/g, '')) };
  }
  throw new Error('unreachable');
}

function pagesOf(log: string): Pick<Built, 'rendered' | 'copied'> {
  const pages = [...log.matchAll(/[├└]─ (\S+\.html) (.*)$/gm)].map(([, path, note]) => ({ path: path!, copied: /\((cached|restored)\)/.test(note!) }));
  return { rendered: pages.filter((p) => !p.copied).map((p) => p.path), copied: pages.filter((p) => p.copied).length };
}

/** Sources published as themselves: not a copy of another, and with no copy of their own. */
const standalone = corpus.filter(({ file }) => !file.includes('-copy-') && !corpus.some((s) => s.file.startsWith(`${file.slice(0, -4)}-copy-`)));

describe('incremental build', { timeout: 600_000 }, () => {
  let first: Built;
  before(() => {
    mkdirSync(sources);
    for (const { file, text } of corpus) writeFileSync(join(sources, file), text);
    first = build('site');
  });

  it('a corrected paragraph re-renders only that article’s pages and its archive volume', () => {
    assert.ok(first.rendered.length > 300 && first.copied === 0, `first build: ${first.rendered.length} rendered, ${first.copied} copied`);
    const edited = standalone[40]!;
    appendFileSync(join(sources, edited.file), `\n${NEW_PARAGRAPH}\n`);
    const second = build('site');
    const year = edited.file.slice(0, 4);
    const articles = second.rendered.filter((p) => p.includes('/articles/'));
    assert.equal(articles.length, 2, `article pages rendered again: ${articles.join(', ')}`);
    const id = articles[0]!.split('/articles/')[1]!.split('/')[0]!;
    assert.deepEqual(articles.sort(), [`/en/articles/${id}/index.html`, `/id/articles/${id}/index.html`]);
    assert.ok(readFileSync(join(second.dist, 'id', 'articles', id, 'index.html'), 'utf8').includes(NEW_PARAGRAPH));
    const others = second.rendered.filter((p) => !p.includes('/articles/'));
    assert.ok(others.every((p) => /^\/(en|id)\/archive\/(index\.html|\d{4}\/)|^\/(index|404)\.html$/.test(p)), `also rendered: ${others.join(', ')}`);
    assert.ok(others.some((p) => p.includes(`/archive/${year}/`)), `the ${year} archive volume was not rendered again`);
    assert.ok(second.copied > 0.9 * (second.copied + second.rendered.length), `only ${second.copied} of ${second.copied + second.rendered.length} pages copied`);
  });

  it('a new headline renames an article and renews every listing; the site equals a build from scratch', () => {
    const renamed = standalone[90]!;
    const path = join(sources, renamed.file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(---\n[\s\S]*?\n---\n\s*)(.+)$/m, '$1Judul Baru untuk Uji Pembangunan Ulang'));
    const third = build('site');
    assert.ok(third.rendered.some((p) => p.includes('/articles/') && p.includes('judul-baru-untuk-uji')), 'the renamed article has no new page');
    assert.ok(third.rendered.some((p) => /^\/id\/timeline\//.test(p)), 'timeline pages were not rendered again');
    const fresh = build('fresh');
    assert.equal(fresh.copied, 0);
    const [a, b] = [treeHashes(third.dist), treeHashes(fresh.dist)];
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differing = names.filter((name) => a.get(name) !== b.get(name));
    assert.deepEqual(differing, [], `files that differ between the rebuilt site and a fresh build:\n${differing.join('\n')}`);
  });
});
