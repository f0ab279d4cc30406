import { spawn, spawnSync } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { resolve } from 'node:path';
import { sourcesDir } from '../src/lib/build-env.ts';
import { shownPath } from './ingest/data-file.ts';

// Astro's dev server, plus an ingest whenever a source or what the ingest reads beside the sources
// (gazetteer, furniture rules, publishers, engagement ids) changes. Unchanged articles are not
// rewritten, so Astro reloads only the pages whose articles changed. A first ingest with bad
// sources still starts the server: the good articles show, and the terminal names the bad ones.
const sources = resolve(sourcesDir());
const watched = [sources, ...['gazetteer', 'rules', 'publishers', 'engagements'].map((dir) => resolve('content', dir))];
const missing = watched.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.error(`dev: ${missing.map(shownPath).join(', ')}: no such folder; create it, or set SOURCES_DIR to the folder of sources`);
  process.exit(2);
}
const ingest = (): void => {
  spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources], { stdio: 'inherit' });
};

let timer: NodeJS.Timeout | undefined;
const watchers = watched.map((dir) =>
  watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(ingest, 150);
  }),
);
ingest();
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
// Stopped by a signal of its own (not the terminal's Ctrl-C, which reaches both), it stops the server too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code) => {
  for (const watcher of watchers) watcher.close();
  clearTimeout(timer);
  process.exit(code ?? 0);
});
