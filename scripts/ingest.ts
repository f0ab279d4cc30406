import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIngestContext } from './ingest/context.ts';
import { ingestFingerprint, loadCache, saveCache } from './ingest/cache.ts';
import { assembleCorpus } from './ingest/corpus.ts';
import { DataFileError } from './ingest/data-file.ts';
import type { Article } from './ingest/pipeline.ts';
import { prepare, sourceHash, type Prepared } from './ingest/prepare.ts';
import { summarize } from './ingest/summary.ts';
import { renderArticle, writeArticles } from './ingest/write.ts';

const USAGE = `usage: npm run ingest -- [--sources DIR] [--out DIR] [--report FILE] [--content DIR]
  --sources DIR   raw articles (default: $SOURCES_DIR, else content/sources)
  --out DIR       where the MDX articles go (default: $ARTICLES_DIR, else content/articles)
  --report FILE   write the JSON report there
  --content DIR   gazetteer, furniture rules and publishers (default: content)
  --cache FILE    results of earlier runs, by source hash (default: $ASTRO_CACHE_DIR, else
                  node_modules/.astro, /ingest-cache.bin)
  --no-cache      ingest every source afresh`;

function usage(message: string): never {
  console.error(`ingest: ${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      sources: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      content: { type: 'string', default: 'content' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (error) {
  usage((error as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const sourcesDir = resolve(args.sources ?? process.env.SOURCES_DIR ?? 'content/sources');
if (!statSync(sourcesDir, { throwIfNoEntry: false })?.isDirectory()) usage(`sources folder not found: ${sourcesDir}`);

const contentDir = resolve(args.content);
let context;
try {
  context = loadIngestContext(contentDir);
} catch (error) {
  if (!(error instanceof DataFileError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}

const names = readdirSync(sourcesDir, { withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.startsWith('.') && !/^readme(\.md)?$/i.test(e.name))
  .map((e) => e.name)
  .sort();
const sources = names.map((file) => ({ file, bytes: readFileSync(join(sourcesDir, file)) }));

const cachePath = resolve(args.cache ?? join(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'ingest-cache.bin'));
const fingerprint = ingestFingerprint(context);
const cache = args['no-cache'] ? new Map<string, Prepared>() : loadCache(cachePath, fingerprint);
const hashes = new Map(sources.map(({ file, bytes }) => [file, sourceHash(bytes)]));
const changed = sources.filter(({ file }) => cache.get(file)?.hash !== hashes.get(file));

const showProgress = process.stderr.isTTY && !process.env.CI;
const progress = (done: number): void => {
  if (done % 25 === 0 || done === changed.length) process.stderr.write(`\r\x1b[Kingest ${done}/${changed.length}`);
};
const fresh = changed.map(({ file, bytes }, index) => {
  if (showProgress) progress(index + 1);
  return prepare(file, bytes, context);
});
if (showProgress) process.stderr.write('\r\x1b[K');

const freshByFile = new Map(changed.map(({ file }, i) => [file, fresh[i]!]));
const prepared = new Map(sources.map(({ file }) => [file, freshByFile.get(file) ?? cache.get(file)!]));
const { articles, reports } = assembleCorpus([...prepared.values()].map((p) => p.outcome));
// An article keeps the MDX its source was rendered with unless the corpus had to change its id.
const render = (article: Article): string => {
  const mdx = prepared.get(article.source)?.mdx;
  return mdx?.id === article.id ? mdx.text : renderArticle(article);
};
const write = writeArticles(resolve(args.out ?? process.env.ARTICLES_DIR ?? 'content/articles'), articles, render);
if (!args['no-cache']) saveCache(cachePath, fingerprint, prepared);
if (args.report) {
  mkdirSync(dirname(resolve(args.report)), { recursive: true });
  writeFileSync(args.report, `${JSON.stringify({ sources: reports }, null, 2)}\n`);
}
if (names.length === 0) console.warn(`ingest: no sources in ${sourcesDir}`);
console.log(summarize(reports, write, args.report, sources.length - changed.length));
process.exit(reports.some((r) => r.status === 'error') ? 1 : 0);
