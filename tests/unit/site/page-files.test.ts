import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pageFiles, siteFile } from '../../../scripts/page-files.ts';

const root = mkdtempSync(join(tmpdir(), 'page-files-'));
after(() => rmSync(root, { recursive: true, force: true }));
const base = '/site/';
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('the files a page loads', () => {
  it('are its stylesheets, icon, scripts, images and map sprites, with what they load, not the pages it links to or a home-screen icon', () => {
    put(
      'en/archive/index.html',
      [
        '<link rel="canonical" href="https://example.org/site/en/archive/">',
        '<link rel="alternate" hreflang="id" href="https://example.org/site/id/archive/">',
        '<link rel="alternate" type="application/rss+xml" href="/site/en/rss.xml">',
        '<link rel="stylesheet" href="/site/_astro/global.abc.css"><link rel="icon" href="/site/favicon.svg" type="image/svg+xml">',
        '<link rel="apple-touch-icon" href="/site/apple-touch-icon.png"><link rel="preload stylesheet" href="/site/_astro/print.css">',
        '<script type="module" src="/site/_astro/page.js"></script><img alt="" src="/site/img/a.png">',
        '<svg><use href="/site/map/world.svg#land"></use><use href="/site/map/world.svg#borders"></use><use href="#local"></use></svg>',
        '<a href="/site/en/archive/2018/">2018</a><a href="/site/archive-en-2018.pdf">PDF</a>',
      ].join(''),
    );
    put('_astro/global.abc.css', 'body { background: url(/site/img/paper.png); }');
    put('_astro/page.js', 'import "./chunk.js";');
    put('_astro/chunk.js', '');
    put('_astro/print.css', '');
    for (const file of ['favicon.svg', 'img/a.png', 'img/paper.png', 'map/world.svg']) put(file, '');

    const found = pageFiles('/site/en/archive/', (path) => siteFile(root, base, path));
    assert.deepEqual(
      found.map((f) => f.path),
      ['/site/en/archive/', '/site/_astro/global.abc.css', '/site/img/paper.png', '/site/favicon.svg', '/site/_astro/print.css', '/site/_astro/page.js', '/site/_astro/chunk.js', '/site/img/a.png', '/site/map/world.svg#land'],
    );
    assert.ok(found.every((f) => f.bytes));
  });

  it('are found from a site path with a query or an anchor, and a bad escape is named', () => {
    assert.equal(siteFile('/r', '/site/', '/site/id/?v=1'), '/r/id/index.html');
    assert.equal(siteFile('/r', '/site/', '/site/map/world.svg#land'), '/r/map/world.svg');
    assert.equal(siteFile('/r', '/site/', '/site/cities/s%C3%A3o-paulo/'), '/r/cities/são-paulo/index.html');
    assert.throws(() => siteFile('/r', '/site/', '/site/100%/'), { message: '/site/100%/: not a valid address (a "%" that starts no escape); write "%25" for a percent sign' });
  });

  it('include a file that is missing, without its bytes', () => {
    put('en/about/index.html', '<link rel="stylesheet" href="/site/_astro/gone.css">');
    const found = pageFiles('/site/en/about/', (path) => siteFile(root, base, path));
    assert.deepEqual(found.map((f) => [f.path, f.bytes === undefined]), [['/site/en/about/', false], ['/site/_astro/gone.css', true]]);
  });
});
