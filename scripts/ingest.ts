import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIngestContext } from './ingest/context.ts';
import { ingestCorpus } from './ingest/corpus.ts';
import { DataFileError } from './ingest/data-file.ts';
import { summarize } from './ingest/summary.ts';
import { writeArticles } from './ingest/write.ts';

const USAGE = `usage: npm run ingest -- [--sources DIR] [--out DIR] [--report FILE] [--content DIR]
  --sources DIR   raw articles (default: $SOURCES_DIR, else content/sources)
  --out DIR       where the MDX articles go (default: $ARTICLES_DIR, else content/articles)
  --report FILE   write the JSON report there
  --content DIR   gazetteer, furniture rules and publishers (default: content)`;

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
  .map((e) => e.name);
const showProgress = process.stderr.isTTY && !process.env.CI;
const sources = names.map((file) => ({ file, bytes: readFileSync(join(sourcesDir, file)) }));
const progress = (done: number, total: number, file: string): void => {
  if (done % 25 === 0 || done === total) process.stderr.write(`\r\x1b[Kingest ${done}/${total} ${file}`);
};
const { articles, reports } = ingestCorpus(sources, context, showProgress ? progress : undefined);
if (showProgress) process.stderr.write('\r\x1b[K');

const write = writeArticles(resolve(args.out ?? process.env.ARTICLES_DIR ?? 'content/articles'), articles);
if (args.report) {
  mkdirSync(dirname(resolve(args.report)), { recursive: true });
  writeFileSync(args.report, `${JSON.stringify({ sources: reports }, null, 2)}\n`);
}
if (names.length === 0) console.warn(`ingest: no sources in ${sourcesDir}`);
console.log(summarize(reports, write, args.report));
process.exit(reports.some((r) => r.status === 'error') ? 1 : 0);
