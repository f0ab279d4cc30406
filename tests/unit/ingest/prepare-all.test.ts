import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';
import { loadVocabulary } from '../../../scripts/bench/vocabulary.ts';
import { PreparePool } from '../../../scripts/ingest/prepare-all.ts';
import { prepare, toSource } from '../../../scripts/ingest/prepare.ts';
import { bytes, contentDir, loadContext, repoRoot } from './context.ts';

const context = loadContext();
const corpus = (n: number) => syntheticCorpus(n, loadVocabulary(contentDir)).map(({ file, text }) => toSource(file, bytes(text)));

describe('PreparePool', () => {
  it('starts workers only where there are over a thousand sources for each', async () => {
    assert.equal(new PreparePool(8, 1000, contentDir).size, 0);
    assert.equal(new PreparePool(1, 5000, contentDir).size, 0);
    const pool = new PreparePool(3, 2400, contentDir);
    assert.equal(pool.size, 2);
    assert.deepEqual(await pool.prepareAll([], context), { prepared: [], byThread: [0] });
  });

  it('prepares on three threads exactly what one thread prepares, in source order, each thread taking a share', async () => {
    const sources = corpus(2400);
    const pool = new PreparePool(3, sources.length, contentDir);
    assert.equal(pool.size, 2);
    const expected = sources.map((source) => prepare(source, context));
    // This thread, its first source prepared, waits for each worker's first result however slowly
    // the workers start. Results arrive as events, so the wait gives the event loop a turn each time
    // round; it ends with the run too, so a run that failed or left a worker nothing does not hang.
    let ended = false;
    const hold = async (counts: readonly number[]) => {
      while (!ended && counts.includes(0)) await new Promise(setImmediate);
    };
    const { prepared, byThread } = await pool.prepareAll(sources, context, undefined, hold).finally(() => (ended = true));
    assert.deepEqual(prepared, expected);
    assert.equal(byThread.length, 3);
    assert.equal(byThread.reduce((a, b) => a + b), sources.length);
    for (const [thread, count] of byThread.entries()) assert.ok(count > 0, `thread ${thread} prepared no source: ${byThread.join(' + ')}`);
  });

  // In a process of its own: a worker left running would keep it alive, which is how a forgotten
  // terminate() shows, where in this file it would only hang the test run.
  it('stops the workers it does not need once it knows how many sources changed, so the process ends', () => {
    const module = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
    const script = `
      import { syntheticCorpus } from ${module('scripts/bench/synthetic-corpus.ts')};
      import { loadVocabulary } from ${module('scripts/bench/vocabulary.ts')};
      import { loadIngestContext } from ${module('scripts/ingest/context.ts')};
      import { PreparePool } from ${module('scripts/ingest/prepare-all.ts')};
      import { toSource } from ${module('scripts/ingest/prepare.ts')};
      const contentDir = ${JSON.stringify(contentDir)};
      const sources = syntheticCorpus(10, loadVocabulary(contentDir)).map(({ file, text }) => toSource(file, new TextEncoder().encode(text)));
      const pool = new PreparePool(2, 1200, contentDir);
      const { prepared } = await pool.prepareAll(sources, loadIngestContext(contentDir));
      console.log(pool.size, prepared.length);`;
    // From a file: a process running --eval ends when its script does, live workers or not.
    const file = join(mkdtempSync(join(tmpdir(), 'prepare-pool-')), 'run.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
    rmSync(dirname(file), { recursive: true, force: true });
    assert.equal(run.signal, null, `the process did not end by itself: a worker kept it alive\n${run.stderr}`);
    assert.equal(run.stdout.trim(), '1 10', run.stderr);
  });
});
