import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_SITE, MAIN_SITE, type BuiltSite } from '../tests/e2e/sites.ts';
import { findBrowser } from './browser.ts';

/**
 * `npm test`: every test, in the order that fails fastest — types, unit tests, then the two sites the
 * browser tests need are built (each with its own cache, so a rerun builds only what changed), the
 * built-site checks read them, and Playwright runs against them.
 * Arguments after `--` go to Playwright (e.g. `npm test -- --grep switcher`).
 */

// Playwright's own options come after `--`; its --help would only print once everything else had run.
if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
  console.log(
    'Usage: npm test [-- PLAYWRIGHT OPTIONS]\n' +
      'Runs the type check, the unit tests, two site builds, the built-site checks and the browser tests, stopping at the first that fails.\n' +
      'Options after -- go to Playwright, e.g. npm test -- --grep switcher (npm run test:e2e -- --help lists them).',
  );
  process.exit(0);
}

function run(step: string, command: string, args: string[], options: SpawnSyncOptions = {}): void {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${step} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function build(site: BuiltSite, sources?: string): void {
  // The main site is the repo's own sources, whatever a shell exported for a bench or a preview.
  const { SOURCES_DIR, ARTICLES_DIR, ASTRO_CACHE_DIR, ...shell } = process.env;
  const isolated = sources ? { SOURCES_DIR: sources, ARTICLES_DIR: `${site.outDir}-articles`, ASTRO_CACHE_DIR: `${site.outDir}-cache` } : {};
  const env = { ...shell, BASE_PATH: site.base, OUT_DIR: site.outDir, ...isolated };
  run(`Build ${site.outDir} (base ${site.base}${sources ? `, sources ${sources}` : ''})`, 'npm', ['run', '--silent', 'build'], { env });
}

/** Bad-input files that must ingest fine and reach the page as written. */
const WELL_FORMED_BAD_INPUT = ['mdx-syntax-in-text.txt', 'windows-line-endings.txt'];

/** The corpus site: the repo's sources, the well-formed bad input and sources no unit test reads. */
function corpusSources(): string {
  const dir = '.e2e/corpus-sources';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // As the ingest reads them: a link by what it points to, a folder whole (the ingest names it as not read).
  const copy = (from: string, name: string) => cpSync(join(from, name), join(dir, name), { recursive: true, dereference: true });
  for (const name of readdirSync('content/sources')) copy('content/sources', name);
  for (const name of readdirSync('tests/fixtures/corpus')) copy('tests/fixtures/corpus', name);
  for (const name of WELL_FORMED_BAD_INPUT) copy('tests/fixtures/bad-input', name);
  return dir;
}

run('Type check', process.execPath, ['node_modules/astro/bin/astro.mjs', 'check']);
run('Unit tests', process.execPath, ['--test', 'tests/unit/**/*.test.ts']);
const browser = findBrowser();
console.log(`Browser: ${browser}`);
build(CORPUS_SITE, corpusSources());
build(MAIN_SITE);
run('Built-site checks', process.execPath, ['--test', 'tests/site/**/*.test.ts'], { env: { ...process.env, CHROMIUM_PATH: browser } });
run('Browser tests', process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--config', 'tests/playwright.config.ts', ...process.argv.slice(2)], {
  env: { ...process.env, CHROMIUM_PATH: browser },
});
