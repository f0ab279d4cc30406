import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAIN_SITE } from '../e2e/sites.ts';
import { treeHashes } from './tree-hashes.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'jcd-reproducible-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The commit's own time, so both builds (and any rebuild of this commit) print the same generation date. */
const sourceDateEpoch = (): string =>
  process.env['SOURCE_DATE_EPOCH'] ?? execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: repoRoot, encoding: 'utf8' }).trim();

/**
 * Where the second build runs: a locale whose collation orders even ASCII ids otherwise (Czech sorts
 * "chicago" after "houston") and a zone far from Jakarta's and UTC, so that neither can leak into
 * what the build writes.
 */
const ELSEWHERE = { LC_ALL: 'cs_CZ.UTF-8', LANG: 'cs_CZ.UTF-8', TZ: 'Pacific/Kiritimati' };

/** `npm run build` of the repo's sources into its own folders: ingest, astro build, Pagefind, PDFs. */
function build(name: string, machine: Record<string, string> = {}): string {
  const outDir = join(work, name, 'dist');
  const env = {
    ...process.env,
    ...machine,
    BASE_PATH: MAIN_SITE.base,
    OUT_DIR: outDir,
    ARTICLES_DIR: join(work, name, 'articles'),
    ASTRO_CACHE_DIR: join(work, name, 'cache'),
    SOURCE_DATE_EPOCH: sourceDateEpoch(),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, env, encoding: 'utf8' });
  assert.equal(result.status, 0, `build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

describe('reproducible build', () => {
  it('two builds of the same commit, in another locale and time zone, give byte-identical trees', { timeout: 600_000 }, () => {
    const [a, b] = [treeHashes(build('a')), treeHashes(build('b', ELSEWHERE))];
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differing = names.filter((name) => a.get(name) !== b.get(name)).map((name) => (a.has(name) && b.has(name) ? name : `${name} (only in ${a.has(name) ? 'a' : 'b'})`));
    assert.ok(a.size > 100, `only ${a.size} files built`);
    assert.deepEqual(differing, [], `files that differ between two builds:\n${differing.join('\n')}`);
  });
});
