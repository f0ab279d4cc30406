import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSite, writeSyntheticSources } from './synthetic-site.ts';
import { treeHashes } from './tree-hashes.ts';

/*
 * Astro's incremental build copies a page from the last build when its cacheKey (src/lib/cache-keys.ts)
 * and code are unchanged. A key that misses something the page shows leaves a stale page behind, so
 * the same site is rebuilt in place after two edits and must equal a build from scratch.
 */

const work = mkdtempSync(join(tmpdir(), 'jcd-incremental-'));
after(() => rmSync(work, { recursive: true, force: true }));

const sources = join(work, 'sources');
const corpus = writeSyntheticSources(sources, 200);
const NEW_PARAGRAPH = 'Paragraf tambahan ini ditulis untuk menguji pembangunan ulang yang bertahap.';

interface Built {
  dist: string;
  /** Pages Astro rendered; the others it copied from the previous build. */
  rendered: string[];
  copied: number;
}

/** Builds the corpus into the folders named `name`, reusing whatever they hold. */
function build(name: string): Built {
  const { dist, log } = buildSite(sources, join(work, name));
  return { dist, ...pagesOf(log) };
}

/**
 * Astro logs each page as "├─ path", then "(cached)" at once for a page it keeps, or the render time
 * once the page is done. Pages render eight at a time, so a page's entry can run into the next one's
 * timestamp and entry on the same line: the log is split at every entry, not at line ends.
 */
function pagesOf(log: string): Pick<Built, 'rendered' | 'copied'> {
  const entries = log.split(/(?:\d\d:\d\d:\d\d\s+)?[├└]─ /).slice(1);
  const pages = entries.map((entry) => ({ path: /^\S+/.exec(entry)![0], copied: /^\S+ \((cached|restored)\)/.test(entry) }));
  return { rendered: pages.filter((p) => !p.copied).map((p) => p.path), copied: pages.filter((p) => p.copied).length };
}

/** Sources published as themselves: not a copy of another, and with no copy of their own. */
const standalone = corpus.filter(({ file }) => !file.includes('-copy-') && !corpus.some((s) => s.file.startsWith(`${file.slice(0, -4)}-copy-`)));

describe('incremental build', { timeout: 600_000 }, () => {
  let first: Built;
  before(() => {
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
    // The data files, feeds and listings are copied; only the two language choosers (the root's and
    // the widgets'), the 404 page and five generated files are never keyed.
    assert.ok(
      others.every((p) => /^\/(en|id)\/archive\/(index\.html|\d{4}\/)|^\/(embed\/)?index\.html$|^\/404\.html$|^\/(embed\.js|site-origin\.css|map\/world\.svg|apple-touch-icon\.png|robots\.txt)$/.test(p)),
      `also rendered: ${others.join(', ')}`,
    );
    assert.ok(others.some((p) => p.includes(`/archive/${year}/`)), `the ${year} archive volume was not rendered again`);
    assert.ok(second.copied > 0.9 * (second.copied + second.rendered.length), `only ${second.copied} of ${second.copied + second.rendered.length} pages copied`);
  });

  it('a new headline renames an article and renews every listing; the site equals a build from scratch', () => {
    // An article outside the engagements is a node of its own in the network's data files.
    const renamed = standalone.filter(({ text }) => !/^engagement:/m.test(text))[60]!;
    const path = join(sources, renamed.file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(---\n[\s\S]*?\n---\n\s*)(.+)$/m, '$1Judul Baru untuk Uji Pembangunan Ulang'));
    const third = build('site');
    assert.ok(third.rendered.some((p) => p.includes('/articles/') && p.includes('judul-baru-untuk-uji')), 'the renamed article has no new page');
    assert.ok(third.rendered.some((p) => /^\/id\/timeline\//.test(p)), 'timeline pages were not rendered again');
    assert.ok(readFileSync(join(third.dist, 'data', 'graph.json'), 'utf8').includes('judul-baru-untuk-uji'), 'the data files do not have the new id');
    const fresh = build('fresh');
    assert.equal(fresh.copied, 0);
    const [a, b] = [treeHashes(third.dist), treeHashes(fresh.dist)];
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differing = names.filter((name) => a.get(name) !== b.get(name));
    assert.deepEqual(differing, [], `files that differ between the rebuilt site and a fresh build:\n${differing.join('\n')}`);
  });
});
