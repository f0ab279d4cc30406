import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { marginalIngestPace, medianRun, type Run } from '../../../scripts/bench/report.ts';

const run = (buildSeconds: number, ingestSeconds: number): Run => ({
  articles: 1000,
  ingestSeconds,
  ingestArticlesPerSecond: 1000 / ingestSeconds,
  buildSeconds,
  pages: 2336,
  peakRssMB: 900,
  distBytes: 135e6,
  rebuildUnchangedSeconds: buildSeconds / 2,
  rebuildOneChangedSeconds: buildSeconds / 2,
  floorBuildSeconds: 5,
  floorRatio: buildSeconds / 5,
  floorPages: 966,
  floorRatioPerPage: 1,
});

describe('medianRun', () => {
  it('takes each figure’s median on its own, so one slow step does not set the row', () => {
    const median = medianRun([run(14, 1.0), run(10, 2.0), run(11, 0.9)]);
    assert.equal(median.buildSeconds, 11);
    assert.equal(median.ingestSeconds, 1.0);
    assert.equal(median.ingestArticlesPerSecond, 1000);
    assert.equal(median.floorRatio, 11 / 5);
    assert.equal(median.articles, 1000);
  });

  it('averages the middle two of an even number of runs, and returns a single run as it is', () => {
    assert.equal(medianRun([run(10, 1), run(14, 1)]).buildSeconds, 12);
    assert.deepEqual(medianRun([run(10, 1)]), run(10, 1));
  });

  it('refuses to make a row out of no runs', () => {
    assert.throws(() => medianRun([]), /no runs/);
  });
});

describe('marginalIngestPace', () => {
  it('takes the fixed start-up out: extra articles over the extra seconds between sizes, in size order', () => {
    const pace = marginalIngestPace([
      { articles: 1000, ingestSeconds: 0.9 },
      { articles: 100, ingestSeconds: 0.3 },
      { articles: 5000, ingestSeconds: 2.4 },
    ]);
    assert.deepEqual(pace.map(({ from, to }) => [from, to]), [[100, 1000], [1000, 5000]]);
    assert.ok(Math.abs(pace[0]!.articlesPerSecond - 1500) < 1e-9);
    assert.ok(Math.abs(pace[1]!.articlesPerSecond - 4000 / 1.5) < 1e-9);
  });

  it('gives nothing for one size, or where a larger corpus did not take longer', () => {
    assert.deepEqual(marginalIngestPace([{ articles: 100, ingestSeconds: 0.3 }]), []);
    assert.deepEqual(marginalIngestPace([{ articles: 100, ingestSeconds: 0.5 }, { articles: 200, ingestSeconds: 0.4 }]), []);
  });
});
