import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPage, scriptsOf, weigh, type Weight } from './built-site.ts';
import { PAGE_TYPES, type PageType } from './pages.ts';

const KB = 1024;

/**
 * Page budgets (issue 7), in gzip bytes of the page and everything it loads, with the seed content.
 * `scripts` lists the only scripts a page may run: the content pages run none.
 */
const BUDGETS: Record<PageType, { total?: number; js?: number; scripts?: RegExp[] }> = {
  timeline: { total: 50 * KB, scripts: [] },
  year: { total: 50 * KB, scripts: [] },
  article: { total: 50 * KB, scripts: [] },
  engagement: { total: 50 * KB, scripts: [] },
  city: { total: 50 * KB, scripts: [] },
  organisation: { total: 50 * KB, scripts: [] },
  // Not named in the issue. About and search are held to the content pages' budget; the archive
  // holds every article in full and the world map, whose base layers alone are 44 KB gzip, so it gets twice that.
  about: { total: 50 * KB, scripts: [] },
  archive: { total: 100 * KB, scripts: [] },
  search: { total: 50 * KB, scripts: [/\/_astro\/search\.[^/]*\.js$/] },
  network: { js: 30 * KB },
  embed: { total: 15 * KB },
  // A folder's page only sends the reader on (src/lib/folder-pages.ts).
  folder: { total: 50 * KB, scripts: [] },
};

const describeWeight = (w: Weight): string =>
  `${(w.total / KB).toFixed(1)} KB gzip in ${w.requests} requests (HTML ${(w.html / KB).toFixed(1)}, CSS ${(w.css / KB).toFixed(1)}, JS ${(w.js / KB).toFixed(1)}, other ${(w.other / KB).toFixed(1)})`;

describe('page budgets', () => {
  for (const { type, path } of PAGE_TYPES) {
    const budget = BUDGETS[type];
    it(`${path} (${type}) stays within its budget`, (t) => {
      const weight = weigh(path);
      t.diagnostic(`${path}: ${describeWeight(weight)}`);
      if (budget.total !== undefined) {
        assert.ok(weight.total <= budget.total, `${path} (${type}) weighs ${describeWeight(weight)}; budget ${budget.total / KB} KB`);
      }
      if (budget.js !== undefined) {
        assert.ok(weight.js <= budget.js, `${path} (${type}) loads ${(weight.js / KB).toFixed(1)} KB gzip of JS; budget ${budget.js / KB} KB`);
      }
    });
    if (budget.scripts) {
      const allowed = budget.scripts;
      it(`${path} (${type}) runs no script but ${allowed.length ? allowed.join(', ') : 'none'}`, () => {
        const scripts = scriptsOf(readPage(path));
        const unexpected = scripts.filter((src) => !allowed.some((pattern) => pattern.test(src)));
        assert.deepEqual(unexpected, [], `${path} (${type}) loads scripts it does not need: ${unexpected.join(', ')}`);
      });
    }
  }
});
