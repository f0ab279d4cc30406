import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { resolve } from 'node:path';

// Astro's dev server, plus an ingest whenever a source changes: unchanged articles are not
// rewritten, so Astro reloads only the pages of the source that changed.
const sources = resolve(process.env.SOURCES_DIR ?? 'content/sources');
const ingest = (): void => {
  spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources], { stdio: 'inherit' });
};

ingest();
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
let timer: NodeJS.Timeout | undefined;
const watcher = watch(sources, () => {
  clearTimeout(timer);
  timer = setTimeout(ingest, 150);
});
astro.on('exit', (code) => {
  watcher.close();
  process.exit(code ?? 0);
});
