import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { copyModuleTree } from '../copy-module-tree.ts';
import { MAIN_SITE } from '../e2e/sites.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'jcd-archive-pdf-'));
after(() => rmSync(work, { recursive: true, force: true }));

const site = join(work, 'dist');
cpSync(join(repoRoot, MAIN_SITE.outDir), site, { recursive: true });

/**
 * `npm run archive:pdf` on the copy of the built site, with a cache of its own; its log, one line per
 * PDF. The printer's code is the repo's, or that under `code`.
 */
function printArchive(code = repoRoot): string[] {
  const env = { ...process.env, ASTRO_CACHE_DIR: join(work, 'cache'), SOURCE_DATE_EPOCH: '1700000000' };
  const result = spawnSync(process.execPath, ['scripts/archive-pdf.ts', '--site', site, '--base', MAIN_SITE.base], { cwd: code, env, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim().split('\n');
}

const pdf = (lang: string) => readFileSync(join(site, `archive-${lang}.pdf`));

describe('archive PDFs across builds', () => {
  it('prints a PDF again only when its page changed, and keeps the others byte for byte', { timeout: 180_000 }, () => {
    assert.deepEqual(printArchive().filter((line) => line.includes('kept')), [], 'a first run keeps nothing');
    const printed = { id: pdf('id'), en: pdf('en') };

    // As after `astro build`, which prunes every file it did not write.
    rmSync(join(site, 'archive-id.pdf'));
    rmSync(join(site, 'archive-en.pdf'));
    assert.equal(printArchive().filter((line) => line.includes('(unchanged, kept from the last build)')).length, 2);
    assert.deepEqual(pdf('id'), printed.id);
    assert.deepEqual(pdf('en'), printed.en);

    const page = join(site, 'en', 'archive', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>Satu paragraf baru.</p></main>'));
    const log = printArchive();
    assert.ok(log.some((line) => line.endsWith('archive-id.pdf (unchanged, kept from the last build)')), log.join('\n'));
    assert.ok(log.some((line) => /archive-en\.pdf \(\d+ KB\)$/.test(line)), log.join('\n'));
    assert.notDeepEqual(pdf('en'), printed.en);
  });

  it('prints every PDF again when a module the printer imports changes', { timeout: 180_000 }, () => {
    const kept = (log: string[]) => log.filter((line) => line.includes('(unchanged, kept from the last build)'));
    printArchive();
    const code = join(work, 'code');
    copyModuleTree(['scripts/archive-pdf.ts'], code);
    assert.equal(kept(printArchive(code)).length, 2, 'the same code in another folder keeps the PDFs');
    // Not in the list of printing code the keys were once made from, though it picks the files a key hashes.
    appendFileSync(join(code, 'scripts', 'page-files.ts'), '\n// A module the printer imports, changed.\n');
    const log = printArchive(code);
    assert.deepEqual(kept(log), [], log.join('\n'));
  });
});
