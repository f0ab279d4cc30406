import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';
import { loadVocabulary } from '../../../scripts/bench/vocabulary.ts';
import { PreparePool } from '../../../scripts/ingest/prepare-all.ts';
import { prepare, toSource } from '../../../scripts/ingest/prepare.ts';
import { bytes, contentDir, loadContext } from './context.ts';

const context = loadContext();
const corpus = (n: number) => syntheticCorpus(n, loadVocabulary(contentDir)).map(({ file, text }) => toSource(file, bytes(text)));

describe('PreparePool', () => {
  it('starts workers only where there are over a thousand sources for each', async () => {
    assert.equal(new PreparePool(8, 1000, contentDir).size, 0);
    assert.equal(new PreparePool(1, 5000, contentDir).size, 0);
    const pool = new PreparePool(3, 2400, contentDir);
    assert.equal(pool.size, 2);
    assert.deepEqual(await pool.prepareAll([], context), []);
  });

  it('prepares on three threads exactly what one thread prepares, in source order', async () => {
    const sources = corpus(2400);
    const pool = new PreparePool(3, sources.length, contentDir);
    assert.equal(pool.size, 2);
    const parallel = await pool.prepareAll(sources, context);
    assert.deepEqual(parallel, sources.map((source) => prepare(source, context)));
  });

  it('stops the workers it does not need once it knows how many sources changed', async () => {
    const sources = corpus(10);
    const pool = new PreparePool(2, 1200, contentDir);
    assert.equal(pool.size, 1);
    assert.equal((await pool.prepareAll(sources, context)).length, 10);
  });
});
