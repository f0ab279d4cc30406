import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Run } from '../../../scripts/bench/report.ts';
import { checkTargets, formatTargets } from '../../../scripts/bench/targets.ts';

const run = (articles: number, ingestSeconds: number, buildSeconds: number, floorBuildSeconds: number): Run => ({
  articles,
  ingestSeconds,
  ingestArticlesPerSecond: articles / ingestSeconds,
  buildSeconds,
  pages: articles * 2,
  peakRssMB: 900,
  distBytes: 1e6,
  rebuildUnchangedSeconds: 1,
  rebuildOneChangedSeconds: 1,
  floorBuildSeconds,
  floorRatio: buildSeconds / floorBuildSeconds,
  floorPages: articles,
  floorRatioPerPage: 1,
});

describe('the bench against its targets', () => {
  const runs = [run(100, 0.4, 5, 1.25), run(1000, 0.5, 61, 50), run(5000, 2.5, 20, 25)];

  it('checks each figure against its target in every run, the minute’s build at 1,000 articles only', () => {
    assert.deepEqual(checkTargets(runs), [
      { name: 'ingest ≥ 2,000 articles/s', checks: [{ articles: 100, figure: 250, met: false }, { articles: 1000, figure: 2000, met: true }, { articles: 5000, figure: 2000, met: true }] },
      { name: '1,000 articles built in under a minute', checks: [{ articles: 1000, figure: 61, met: false }] },
      { name: 'build ≤ 1.3 × the floor', checks: [{ articles: 100, figure: 4, met: false }, { articles: 1000, figure: 1.22, met: true }, { articles: 5000, figure: 0.8, met: true }] },
    ]);
  });

  it('leaves out a target that applies to none of the sizes run', () => {
    assert.deepEqual(
      checkTargets([run(50, 1, 5, 5)]).map((t) => t.name),
      ['ingest ≥ 2,000 articles/s', 'build ≤ 1.3 × the floor'],
    );
  });

  it('meets a target at its very bound where the target includes it, and not where it does not', () => {
    const atBounds = checkTargets([run(1000, 0.5, 60, 60 / 1.3)]);
    assert.deepEqual(
      atBounds.map(({ name, checks }) => [name, checks[0]!.met]),
      [
        ['ingest ≥ 2,000 articles/s', true],
        ['1,000 articles built in under a minute', false],
        ['build ≤ 1.3 × the floor', true],
      ],
    );
  });

  it('prints a figure just short of its target rounded away from it, never as if it were met', () => {
    assert.equal(
      formatTargets([run(1000, 1000 / 1999.6, 60.04, 60.04 / 1.3004)]),
      [
        '  ingest ≥ 2,000 articles/s: 1,000 1,999/s not met',
        '  1,000 articles built in under a minute: 1,000 60.0 s not met',
        '  build ≤ 1.3 × the floor: 1,000 1.31× not met',
      ].join('\n'),
    );
  });

  it('prints a line per target, each size with its figure and whether it is met', () => {
    assert.equal(
      formatTargets(runs),
      [
        '  ingest ≥ 2,000 articles/s: 100 250/s not met, 1,000 2,000/s met, 5,000 2,000/s met',
        '  1,000 articles built in under a minute: 1,000 61.0 s not met',
        '  build ≤ 1.3 × the floor: 100 4.00× not met, 1,000 1.22× met, 5,000 0.80× met',
      ].join('\n'),
    );
  });
});
