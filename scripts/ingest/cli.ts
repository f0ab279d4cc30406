import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { articlesDir, cacheDir, sourcesDir } from '../../src/lib/build-env.ts';
import { commandLine } from '../command-line.ts';
import { loadIngestData } from './context.ts';
import { ingestFingerprint, loadCache, saveCache } from './cache.ts';
import { checkCitiesOnce } from './cities-checked.ts';
import { assembleCorpus, futureDated } from './corpus.ts';
import { CONTENT_FOLDERS, DataFileError } from './data-file.ts';
import { engagementSourceWarnings } from './engagement-sources.ts';
import { ruleCatalogue } from './furniture.ts';
import type { Article } from './pipeline.ts';
import { MIN_SOURCES_PER_WORKER, PreparePool } from './prepare-all.ts';
import { toSource, type Prepared } from './prepare.ts';
import { listSourceFiles } from './source-files.ts';
import { summarize } from './summary.ts';
import { checkTranslations } from './translations.ts';
import { renderArticle, writeArticles } from './write.ts';

const USAGE = `usage: npm run ingest -- [--sources DIR] [--out DIR] [--report FILE] [--content DIR]
                          [--cache FILE | --no-cache] [--threads N]
  --sources DIR   raw articles (default: $SOURCES_DIR, else content/sources)
  --out DIR       where the MDX articles go (default: $ARTICLES_DIR, else content/articles)
  --report FILE   write the JSON report there
  --content DIR   gazetteer, rules, publishers, engagements and translations (default: content)
  --cache FILE    results of earlier runs, by source hash (default: ingest-cache.bin in
                  $ASTRO_CACHE_DIR, else in node_modules/.astro)
  --no-cache      ingest every source afresh
  --threads N     threads to ingest on (default: one per CPU; a worker starts only for every
                  ${MIN_SOURCES_PER_WORKER} sources to ingest)`;

const { values: args, fail } = commandLine({
  name: 'ingest',
  usage: USAGE,
  options: {
    sources: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    content: { type: 'string', default: 'content' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    threads: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const threads = args.threads === undefined ? availableParallelism() : Number(args.threads);
if (!Number.isInteger(threads) || threads < 1) fail(`--threads wants a positive whole number, not "${args.threads}"`);

const sourcesFolder = resolve(args.sources ?? sourcesDir());
if (!statSync(sourcesFolder, { throwIfNoEntry: false })?.isDirectory()) fail(`sources folder not found: ${sourcesFolder}`);

const { names, notRead } = listSourceFiles(sourcesFolder);
const contentDir = resolve(args.content);
if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) fail(`content folder not found: ${contentDir} (--content names the folder that holds ${CONTENT_FOLDERS})`);
// Started first, so the workers load the ingest while this thread loads the rules and reads the sources.
const pool = new PreparePool(threads, names.length, contentDir);
/** A data file's error stops the run here, before any article is written. */
async function orStop<T>(load: () => T | Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    for (const problem of error.message.split('\n')) console.error(`✗ ${problem}`);
    process.exit(1);
  }
}

const { context, engagements, cities } = await orStop(() => loadIngestData(contentDir));
const sources = names.map((file) => toSource(file, readFileSync(join(sourcesFolder, file))));

const cachePath = resolve(args.cache ?? join(cacheDir(), 'ingest-cache.bin'));
const fingerprint = ingestFingerprint(context);
const cache = args['no-cache'] ? new Map<string, Prepared>() : loadCache(cachePath, fingerprint);
const cityWarnings = await orStop(() => checkCitiesOnce(cities, fingerprint));
const changed = sources.filter(({ file, hash }) => cache.get(file)?.hash !== hash);

const showProgress = process.stderr.isTTY && !process.env.CI;
const { prepared: fresh, byThread } = await pool.prepareAll(
  changed,
  context,
  showProgress ? (started) => process.stderr.write(`\r\x1b[Kingest ${started}/${changed.length}`) : undefined,
);
if (showProgress) process.stderr.write('\r\x1b[K');

const freshByFile = new Map(changed.map(({ file }, i) => [file, fresh[i]!]));
const prepared = new Map(sources.map(({ file }) => [file, freshByFile.get(file) ?? cache.get(file)!]));
const outcomes = [...prepared.values()].map((p) => p.outcome);
const { articles, reports } = assembleCorpus(outcomes);
// An article keeps the MDX its source was rendered with unless the corpus had to change its id.
const render = (article: Article): string | Uint8Array => {
  const mdx = prepared.get(article.source)?.mdx;
  return mdx?.id === article.id ? mdx.bytes : renderArticle(article);
};
const write = writeArticles(resolve(args.out ?? articlesDir()), articles, render);
// A run that changed nothing leaves the cache as it was: rewriting it was a third of such a run.
const cacheChanged = changed.length > 0 || cache.size !== sources.length;
if (!args['no-cache'] && cacheChanged) saveCache(cachePath, fingerprint, prepared);
if (args.report) {
  mkdirSync(dirname(resolve(args.report)), { recursive: true });
  writeFileSync(args.report, `${JSON.stringify({ rules: ruleCatalogue(context.furniture), sources: reports }, null, 2)}\n`);
}
if (names.length === 0) console.warn(`ingest: no sources in ${sourcesFolder}`);
// Checked here, against the articles just written, rather than left to Astro, whose errors name no line.
const translations = checkTranslations(join(contentDir, 'translations'), new Set(articles.map((a) => a.id)));
const warnings = [
  ...notRead,
  // Not in the report, nor in the cache: the same source is no longer in the future tomorrow.
  ...futureDated(outcomes, new Date()),
  ...translations.warnings,
  ...cityWarnings,
  ...engagementSourceWarnings(engagements, articles),
];
const cached = sources.length - changed.length;
console.log(summarize(reports, write, { reportFile: args.report, cached, byThread, errors: translations.errors, warnings }));
// Not process.exit(): into a pipe (CI, `| tee`) it would cut the summary off at 64 KB.
process.exitCode = reports.some((r) => r.status === 'error') || translations.errors.length > 0 ? 1 : 0;
