import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFloorProject } from './bench/floor.ts';
import { hostileSource } from './bench/hostile-source.ts';
import { measure, siteSize, type Measured } from './bench/measure.ts';
import { formatTable, growthExponent, marginalIngestPace, medianRun, type Run } from './bench/report.ts';
import { syntheticCorpus } from './bench/synthetic-corpus.ts';
import { checkTargets, formatTargets } from './bench/targets.ts';
import { loadVocabulary } from './bench/vocabulary.ts';
import { commandLine } from './command-line.ts';
import { loadIngestContext } from './ingest/context.ts';
import { assembleCorpus, ingestOne, type Outcome } from './ingest/corpus.ts';
import { ingestSource, type IngestContext } from './ingest/pipeline.ts';
import { renderArticle } from './ingest/write.ts';

const USAGE = `usage: npm run bench -- [--articles N] [--repeat N] [--json FILE] [--lighthouse] [--keep]
  --articles N   one corpus size (default: 100, 1000 and 5000)
  --repeat N     run each size N times and report each figure's median (default: 1)
  --json FILE    also write the figures as JSON
  --lighthouse   also score the seed site with Lighthouse (mobile)
  --keep         keep the temporary folders`;

const { values: args, fail } = commandLine({
  name: 'bench',
  usage: USAGE,
  options: { articles: { type: 'string' }, repeat: { type: 'string', default: '1' }, json: { type: 'string' }, lighthouse: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
const sizes = args.articles ? [Number(args.articles)] : [100, 1000, 5000];
const repeat = Number(args.repeat);
for (const [option, values] of [['--articles', sizes], ['--repeat', [repeat]]] as const) {
  if (values.some((n) => !Number.isInteger(n) || n < 1)) fail(`${option} wants a positive whole number`);
}

const repo = resolve(import.meta.dirname, '..');
const node = process.execPath;
const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Not CI=1: Astro then leaves V8's compile cache off, which a developer's builds have on (0.2–0.5 s
// of a rebuild at 1,000 articles). The floor runs under the same environment.
const quiet = { ASTRO_TELEMETRY_DISABLED: '1' };

// Removed at the end, not between runs: freeing hundreds of MB makes the next run's writes wait on the disk.
const temporary: string[] = [];
process.on('exit', () => {
  if (!args.keep) for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
// Stopped with Ctrl-C, it still removes its corpora (an exit handler alone does not run then).
process.on('SIGINT', () => process.exit(130));

/** A paragraph of its own after the first long line of a source: inside the article, not its furniture. */
const withNewParagraph = (text: string): string =>
  text.replace(/(\n[^\n]{200,}\n)/, '$1\nSatu paragraf baru ditambahkan untuk mengukur biaya membangun ulang.\n');

async function benchCorpus(n: number): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), `jcd-bench-${n}-`));
  temporary.push(tmp);
  const dirs = { sources: join(tmp, 'sources'), articles: join(tmp, 'articles'), cache: join(tmp, 'cache'), dist: join(tmp, 'dist') };
  mkdirSync(dirs.sources);
  const corpus = syntheticCorpus(n, loadVocabulary(join(repo, 'content')));
  for (const { file, text } of corpus) writeFileSync(join(dirs.sources, file), text);
  const env = { ...process.env, ...quiet, SOURCES_DIR: dirs.sources, ARTICLES_DIR: dirs.articles, ASTRO_CACHE_DIR: dirs.cache, OUT_DIR: dirs.dist };
  const timed = async (what: string, run: () => Promise<Measured>): Promise<Measured> => {
    const measured = await run();
    process.stderr.write(`  ${n} articles: ${what} ${measured.seconds.toFixed(1)} s, ${measured.peakRssMB} MB\n`);
    return measured;
  };
  const ingest = (what: string) => timed(`${what}: ingest`, () => measure(node, ['scripts/ingest.ts'], { cwd: repo, env }));
  const build = (what: string) => timed(`${what}: astro build`, () => measure(node, [astro, 'build'], { cwd: repo, env }));

  const ingested = await ingest('full');
  const built = await build('full');
  const { pages, bytes } = siteSize(dirs.dist);
  const unchanged = [await ingest('nothing changed'), await build('nothing changed')];
  const edited = join(dirs.sources, corpus[Math.floor(n / 2)]!.file);
  writeFileSync(edited, withNewParagraph(readFileSync(edited, 'utf8')));
  const changed = [await ingest('one source changed'), await build('one source changed')];
  const floorDir = join(tmp, 'floor');
  writeFloorProject(floorDir, dirs.articles, join(repo, 'node_modules'));
  const floor = await timed('floor: bare Astro build', () => measure(node, [astro, 'build'], { cwd: floorDir, env: { ...process.env, ...quiet } }));
  const floorPages = siteSize(join(floorDir, 'dist')).pages;
  const seconds = (steps: { seconds: number }[]) => steps.reduce((sum, s) => sum + s.seconds, 0);
  return {
    articles: n,
    ingestSeconds: ingested.seconds,
    ingestArticlesPerSecond: n / ingested.seconds,
    buildSeconds: built.seconds,
    pages,
    peakRssMB: Math.max(ingested.peakRssMB, built.peakRssMB),
    distBytes: bytes,
    rebuildUnchangedSeconds: seconds(unchanged),
    rebuildOneChangedSeconds: seconds(changed),
    floorBuildSeconds: floor.seconds,
    floorRatio: built.seconds / floor.seconds,
    floorPages,
    floorRatioPerPage: built.seconds / pages / (floor.seconds / floorPages),
  };
}

/** The seed the in-process measurements start from. */
const SEED = '2018-10-30-beritajakarta-anies-panelis-u20-mayors-summit.txt';

/** In-process ingest and MDX rendering of one hostile source of 1, 2, 4 and 8 MB: linear time shows as a flat s/MB. */
function largeSourceScaling(context: IngestContext): { megabytes: number; seconds: number }[] {
  const seed = readFileSync(join(repo, 'content', 'sources', SEED), 'utf8');
  return [1, 2, 4, 8].map((megabytes) => {
    const bytes = new TextEncoder().encode(hostileSource(seed, megabytes * 1e6));
    const started = performance.now();
    renderArticle(ingestSource('large.txt', bytes, context).article);
    return { megabytes, seconds: (performance.now() - started) / 1000 };
  });
}

/** Assembling a corpus whose 5,000, 10,000 and 20,000 articles all have one id: linear time shows as a flat s per article. */
function sharedIdScaling(context: IngestContext): { articles: number; seconds: number }[] {
  const one = ingestOne(SEED, readFileSync(join(repo, 'content', 'sources', SEED)), context);
  if (!('ingested' in one)) throw new Error(`bench: the seed ${SEED} did not ingest`);
  return [5000, 10000, 20000].map((articles) => {
    const outcomes: Outcome[] = Array.from({ length: articles }, (_, i) => ({
      file: `${String(i).padStart(6, '0')}.txt`,
      ingested: { ...one.ingested, article: { ...one.ingested.article, hash: String(i) }, textKey: String(i) },
    }));
    const started = performance.now();
    assembleCorpus(outcomes);
    return { articles, seconds: (performance.now() - started) / 1000 };
  });
}

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}`);
const runs: Run[] = [];
const samples: Run[][] = [];
for (const n of sizes) {
  const repeats: Run[] = [];
  for (let i = 0; i < repeat; i++) repeats.push(await benchCorpus(n));
  samples.push(repeats);
  runs.push(medianRun(repeats));
  console.log(`\n${repeat > 1 ? `medians of ${repeat} runs\n` : ''}${formatTable(runs)}`);
}
console.log(`\nagainst the pace set in the README:\n${formatTargets(runs)}`);
const context = loadIngestContext(join(repo, 'content'));
const largeSource = largeSourceScaling(context);
console.log(`\none large source, ingest + MDX: ${largeSource.map((s) => `${s.megabytes} MB ${s.seconds.toFixed(2)} s`).join(', ')}`);
const sharedId = sharedIdScaling(context);
console.log(`one id shared by every article, corpus assembled: ${sharedId.map((s) => `${s.articles} ${s.seconds.toFixed(2)} s`).join(', ')}`);
const lighthouse = args.lighthouse ? await (await import('./bench/lighthouse.ts')).scoreSeedSite(repo) : undefined;
if (lighthouse) {
  console.log('\nLighthouse (mobile):');
  for (const { page, scores, failing } of lighthouse) {
    console.log(`  ${page}: ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}${failing.length ? `\n    below 100 because of: ${failing.join(', ')}` : ''}`);
  }
}
if (args.json) {
  const report = { machine, runs, growthExponent: growthExponent(runs), ingestMarginalPace: marginalIngestPace(runs), targets: checkTargets(runs), largeSource, sharedId, ...(repeat > 1 ? { repeat, samples } : {}), ...(lighthouse ? { lighthouse } : {}) };
  writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
}
