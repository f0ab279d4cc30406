export interface Run {
  articles: number;
  ingestSeconds: number;
  ingestArticlesPerSecond: number;
  buildSeconds: number;
  pages: number;
  peakRssMB: number;
  distBytes: number;
  rebuildUnchangedSeconds: number;
  rebuildOneChangedSeconds: number;
  floorBuildSeconds: number;
  floorRatio: number;
  /** The floor builds one page per article; the site, each article in two languages and its listings. */
  floorPages: number;
  floorRatioPerPage: number;
}

/**
 * Each figure's median over repeated runs of one corpus size. This machine's disk makes single runs
 * vary by a fifth; a median of three is steadier. Figures are taken one by one, so a row need not
 * be one run's.
 */
export function medianRun(runs: readonly Run[]): Run {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const median = (values: number[]): number => {
    const sorted = values.toSorted((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const result: Run = { ...runs[0]! };
  for (const key of Object.keys(result) as (keyof Run)[]) result[key] = median(runs.map((run) => run[key]));
  return result;
}

/** Slope of the least-squares line through (log N, log buildSeconds): 1 is linear growth. */
export function growthExponent(runs: readonly Pick<Run, 'articles' | 'buildSeconds'>[]): number | null {
  if (runs.length < 2) return null;
  const xs = runs.map((r) => Math.log(r.articles));
  const ys = runs.map((r) => Math.log(r.buildSeconds));
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return variance === 0 ? null : covariance / variance;
}

export interface MarginalPace {
  from: number;
  to: number;
  articlesPerSecond: number;
}

/**
 * The ingest's pace past what every run spends whatever its size (starting Node, loading the
 * ingest and its rules): the extra articles between two sizes over the extra seconds they took.
 */
export function marginalIngestPace(runs: readonly Pick<Run, 'articles' | 'ingestSeconds'>[]): MarginalPace[] {
  const sorted = runs.toSorted((a, b) => a.articles - b.articles);
  return sorted.slice(1).flatMap((run, i) => {
    const previous = sorted[i]!;
    const seconds = run.ingestSeconds - previous.ingestSeconds;
    return seconds > 0 ? [{ from: previous.articles, to: run.articles, articlesPerSecond: (run.articles - previous.articles) / seconds }] : [];
  });
}

const COLUMNS: [string, (r: Run) => string][] = [
  ['articles', (r) => String(r.articles)],
  ['ingest s', (r) => r.ingestSeconds.toFixed(2)],
  ['articles/s', (r) => r.ingestArticlesPerSecond.toFixed(0)],
  ['build s', (r) => r.buildSeconds.toFixed(1)],
  ['pages', (r) => String(r.pages)],
  ['peak RSS MB', (r) => String(r.peakRssMB)],
  ['dist MB', (r) => (r.distBytes / 1e6).toFixed(1)],
  ['rebuild same s', (r) => r.rebuildUnchangedSeconds.toFixed(1)],
  ['rebuild 1 changed s', (r) => r.rebuildOneChangedSeconds.toFixed(1)],
  ['floor s', (r) => r.floorBuildSeconds.toFixed(1)],
  ['× floor', (r) => r.floorRatio.toFixed(2)],
  ['× floor per page', (r) => r.floorRatioPerPage.toFixed(2)],
];

/** The runs as an aligned text table, then the growth exponent and the ingest's marginal pace. */
export function formatTable(runs: readonly Run[]): string {
  const rows = [COLUMNS.map(([h]) => h), ...runs.map((r) => COLUMNS.map(([, cell]) => cell(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
  const exponent = growthExponent(runs);
  const pace = marginalIngestPace(runs).map((p) => `${p.from}→${p.to} ${p.articlesPerSecond.toFixed(0)}/s`);
  return [
    ...lines,
    `growth exponent of build time against N: ${exponent === null ? 'n/a (one size)' : exponent.toFixed(2)}`,
    ...(pace.length > 0 ? [`ingest pace past start-up (extra articles / extra seconds): ${pace.join(', ')}`] : []),
  ].join('\n');
}
