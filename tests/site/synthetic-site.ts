import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCorpus, type SyntheticSource } from '../../scripts/bench/synthetic-corpus.ts';
import { loadVocabulary } from '../../scripts/bench/vocabulary.ts';
import { MAIN_SITE } from '../e2e/sites.ts';

const repoRoot = join(import.meta.dirname, '..', '..');

/** The benchmark's seeded corpus of `n` raw articles, written to `dir`. */
export function writeSyntheticSources(dir: string, n: number): SyntheticSource[] {
  mkdirSync(dir, { recursive: true });
  const corpus = syntheticCorpus(n, loadVocabulary(join(repoRoot, 'content')));
  for (const { file, text } of corpus) writeFileSync(join(dir, file), text);
  return corpus;
}

/**
 * Ingest and `astro build` of `sources` into `dir` (articles/, cache/, dist/), reusing whatever those
 * hold, under the main site's base path. Returns the build's log, without colour.
 */
export function buildSite(sources: string, dir: string): { dist: string; log: string } {
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
  let log = '';
  for (const args of [['scripts/ingest.ts'], ['node_modules/astro/bin/astro.mjs', 'build']]) {
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(result.status, 0, `${args.join(' ')} (${dir}) failed:\n${result.stdout.slice(-4000)}\n${result.stderr}`);
    log = result.stdout;
  }
  return { dist: env.OUT_DIR, log: log.replace(/\x1b\[[0-9;]*m/g, '') };
}
