import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { resolve } from 'node:path';

// Astro's dev server, plus an ingest whenever a source or what the ingest reads beside the sources
// (gazetteer, furniture rules, publishers, engagement ids) changes. Unchanged articles are not
// rewritten, so Astro reloads only the pages whose articles changed.
const sources = resolve(process.env.SOURCES_DIR ?? 'content/sources');
const watched = [sources, ...['gazetteer', 'rules', 'publishers', 'engagements'].map((dir) => resolve('content', dir))];
const ingest = (): void => {
  spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources], { stdio: 'inherit' });
};

ingest();
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
let timer: NodeJS.Timeout | undefined;
const watchers = watched.map((dir) =>
  watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(ingest, 150);
  }),
);
astro.on('exit', (code) => {
  for (const watcher of watchers) watcher.close();
  process.exit(code ?? 0);
});
