import type { Run } from './report.ts';

/*
 * The pace the project set itself, checked against a bench's runs, so that its output says which
 * figures meet it rather than leave the reader to compare them with the README.
 */

/** One figure of one run against its target. */
export interface TargetCheck {
  articles: number;
  figure: number;
  met: boolean;
}

export interface Target {
  /** What is aimed at, as the report prints it. */
  name: string;
  /** The runs it applies to: the build time in a minute is set for 1,000 articles only. */
  appliesTo: (run: Run) => boolean;
  figure: (run: Run) => number;
  met: (figure: number) => boolean;
  /**
   * The figure as the report prints it: rounded away from the target, so that a figure just short
   * of it never prints as if it met it (1,999.6/s shows as 1,999, not 2,000).
   */
  shown: (figure: number) => string;
}

const INGEST_PACE = 2000;
const BUILD_MINUTE_ARTICLES = 1000;
const FLOOR_RATIO = 1.3;

export const TARGETS: readonly Target[] = [
  {
    name: `ingest ≥ ${INGEST_PACE.toLocaleString('en')} articles/s`,
    appliesTo: () => true,
    figure: (run) => run.ingestArticlesPerSecond,
    met: (pace) => pace >= INGEST_PACE,
    shown: (pace) => `${Math.floor(pace).toLocaleString('en')}/s`,
  },
  {
    name: `${BUILD_MINUTE_ARTICLES.toLocaleString('en')} articles built in under a minute`,
    appliesTo: (run) => run.articles === BUILD_MINUTE_ARTICLES,
    figure: (run) => run.buildSeconds,
    met: (seconds) => seconds < 60,
    shown: (seconds) => `${(Math.floor(seconds * 10) / 10).toFixed(1)} s`,
  },
  {
    name: `build ≤ ${FLOOR_RATIO} × the floor`,
    appliesTo: () => true,
    figure: (run) => run.floorRatio,
    met: (ratio) => ratio <= FLOOR_RATIO,
    shown: (ratio) => `${(Math.ceil(ratio * 100 - 1e-9) / 100).toFixed(2)}×`,
  },
];

export interface TargetResult {
  name: string;
  checks: TargetCheck[];
}

/** Each target with its checks in the runs it applies to; a target that applies to none is left out. */
function results(runs: readonly Run[], targets: readonly Target[]): { target: Target; checks: TargetCheck[] }[] {
  return targets.flatMap((target) => {
    const checks = runs.filter(target.appliesTo).map((run) => {
      const figure = target.figure(run);
      return { articles: run.articles, figure, met: target.met(figure) };
    });
    return checks.length > 0 ? [{ target, checks }] : [];
  });
}

/** The targets' checks, for the JSON report. */
export const checkTargets = (runs: readonly Run[], targets: readonly Target[] = TARGETS): TargetResult[] =>
  results(runs, targets).map(({ target, checks }) => ({ name: target.name, checks }));

/** The checks as lines of text: each target, then each size's figure and whether it is met. */
export const formatTargets = (runs: readonly Run[], targets: readonly Target[] = TARGETS): string =>
  results(runs, targets)
    .map(({ target, checks }) => `  ${target.name}: ${checks.map((c) => `${c.articles.toLocaleString('en')} ${target.shown(c.figure)} ${c.met ? 'met' : 'not met'}`).join(', ')}`)
    .join('\n');
