import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';
import { loadVocabulary } from '../../../scripts/bench/vocabulary.ts';
import { MIN_SOURCES_PER_WORKER } from '../../../scripts/ingest/prepare-all.ts';
import { repoRoot } from './context.ts';

const seeds = join(repoRoot, 'content', 'sources');
const badInput = join(repoRoot, 'tests', 'fixtures', 'bad-input');

function ingest(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'ingest.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    // Each run gets caches of its own unless a test names them: runs stay independent.
    env: { ...process.env, CI: 'true', ASTRO_CACHE_DIR: temp(), CACHE_DIR: temp(), ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Every folder a test makes lives under one, removed when the file's tests end.
const root = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));
const temp = (): string => mkdtempSync(join(root, 'run-'));
const listing = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('ingest CLI', () => {
  it('ingests the seeds: exit 0, one MDX per article, a report', () => {
    const out = temp();
    const report = join(out, 'report.json');
    const run = ingest(['--sources', seeds, '--out', join(out, 'articles'), '--report', report]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.equal(readdirSync(join(out, 'articles')).length, 2);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
      rules: Record<string, string>;
      sources: { status: string; date: string; removed: { rule: string }[]; errors: unknown[] }[];
    };
    assert.equal(parsed.sources.length, 2);
    for (const source of parsed.sources) {
      assert.equal(source.status, 'ok');
      assert.match(source.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(source.removed.length > 0);
      assert.deepEqual(source.errors, []);
      // Each removed line names its rule, which the report says what it removes.
      for (const { rule } of source.removed) assert.match(parsed.rules[rule] ?? '', /\w/, `rule "${rule}" is not described in the report`);
    }
    assert.match(run.out, /2 sources: 2 ok/);
  });

  it('writes its whole summary into a pipe, however long, and however slowly it is read', () => {
    const sources = temp();
    for (let i = 0; i < 1200; i++) writeFileSync(join(sources, `leer-${String(i).padStart(4, '0')}.txt`), '');
    // A reader that starts late, as `| tee` in CI may: the pipe fills at 64 KB while the ingest writes.
    const script = `"${process.execPath}" scripts/ingest.ts --sources "${sources}" --out "${temp()}" | (sleep 1; cat)`;
    const run = spawnSync('sh', ['-c', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: 'true', ASTRO_CACHE_DIR: temp(), CACHE_DIR: temp() } });
    assert.ok(run.stdout.length > 65_536, `only ${run.stdout.length} bytes of summary`);
    assert.match(run.stdout, /\n✗ 1200 sources: 0 ok, 1200 failed; [^\n]+\n$/);
  });

  it('is deterministic and leaves unchanged files alone', () => {
    const a = temp();
    const b = temp();
    ingest(['--sources', seeds, '--out', a]);
    ingest(['--sources', seeds, '--out', b]);
    assert.deepEqual(listing(a), listing(b));
    const file = join(a, readdirSync(a)[0]!);
    const before = statSync(file).mtimeMs;
    const again = ingest(['--sources', seeds, '--out', a]);
    assert.match(again.out, /0 written, 2 unchanged/);
    assert.equal(statSync(file).mtimeMs, before);
  });

  it('processes all sources when some fail, writes the good ones, exits 1, errors first', () => {
    const sources = temp();
    cpSync(badInput, sources, { recursive: true });
    cpSync(seeds, sources, { recursive: true });
    const out = temp();
    const run = ingest(['--sources', sources, '--out', out]);
    assert.equal(run.code, 1);
    assert.equal(readdirSync(out).length, 4);
    const lines = run.out.trim().split('\n');
    assert.match(lines[0]!, /^✗ (empty|no-date|not-text)\.txt/);
    for (const file of ['empty.txt', 'no-date.txt:1', 'not-text.txt']) assert.match(run.out, new RegExp(`✗ ${file.replace('.', '\\.')}`));
    assert.match(lines.at(-1)!, /3 failed/);
  });

  it('reads a source through a symbolic link, and names a folder among the sources as not read', () => {
    const sources = temp();
    const [first] = readdirSync(seeds);
    symlinkSync(join(seeds, first!), join(sources, 'linked.txt'));
    mkdirSync(join(sources, 'older'));
    cpSync(join(seeds, first!), join(sources, 'older', 'hidden-from-the-ingest.txt'));
    const out = temp();
    const run = ingest(['--sources', sources, '--out', out]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.equal(readdirSync(out).length, 1);
    assert.match(run.out, /^! \S*older\/: a folder; not read/m);
    assert.match(run.out, /1 source: 1 ok/);
  });

  it('warns of a source dated in the future, without failing the run or writing it into the report', () => {
    const sources = temp();
    writeFileSync(join(sources, 'future.txt'), '---\ndate: 2999-01-01\n---\nJudul Masa Depan\nIsi paragraf tentang masa depan kota yang cukup panjang.\n');
    const report = join(temp(), 'report.json');
    const run = ingest(['--sources', sources, '--out', temp(), '--report', report]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.out, /^! future\.txt: dated 2999-01-01, a day that has not yet begun anywhere/m);
    assert.doesNotMatch(readFileSync(report, 'utf8'), /not yet begun/);
  });

  it('honours SOURCES_DIR as the default sources folder', () => {
    const sources = temp();
    cpSync(join(badInput, 'windows-line-endings.txt'), join(sources, 'one.txt'));
    const out = temp();
    const run = ingest(['--out', out], { SOURCES_DIR: sources });
    assert.equal(run.code, 0, run.out);
    assert.deepEqual(readdirSync(out), ['2018-10-30-judul-dengan-bom.mdx']);
  });

  it('gives odd file names safe ids and never lets two sources overwrite each other', () => {
    const sources = temp();
    const text = (title: string) => `${title}\n\nSelasa, 30 Oktober 2018\n\nIsi paragraf tentang ${title}.\n`;
    writeFileSync(join(sources, 'berita (salinan) ü ñ #1.txt'), text('Judul Sama'));
    writeFileSync(join(sources, 'berita lain.txt'), text('Judul  Sama!'));
    writeFileSync(join(sources, 'évil: name?*.txt'), text('../../etc/passwd'));
    const out = temp();
    const run = ingest(['--sources', sources, '--out', out]);
    assert.equal(run.code, 0, run.out);
    const files = readdirSync(out).sort();
    assert.equal(files.length, 3);
    for (const f of files) assert.match(f, /^[a-z0-9-]+\.mdx$/);
    assert.ok(files.includes('2018-10-30-judul-sama.mdx') && files.includes('2018-10-30-judul-sama-2.mdx'));
  });

  it('publishes the same article twice only once, and says so', () => {
    const sources = temp();
    cpSync(seeds, sources, { recursive: true });
    const [first] = readdirSync(seeds);
    cpSync(join(seeds, first!), join(sources, 'copy of the same article.txt'));
    const out = temp();
    const report = join(out, 'r.json');
    const run = ingest(['--sources', sources, '--out', join(out, 'a'), '--report', report]);
    assert.equal(run.code, 0);
    assert.equal(readdirSync(join(out, 'a')).length, 2);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as { sources: { file: string; duplicateOf?: string }[] };
    assert.ok(parsed.sources.some((s) => s.duplicateOf));
    assert.match(run.out, /1 duplicate/);
  });

  it('deletes the output of a source that is gone', () => {
    const sources = temp();
    cpSync(seeds, sources, { recursive: true });
    const out = temp();
    ingest(['--sources', sources, '--out', out]);
    rmSync(join(sources, readdirSync(sources)[0]!));
    const run = ingest(['--sources', sources, '--out', out]);
    assert.equal(readdirSync(out).length, 1);
    assert.match(run.out, /1 deleted/);
  });

  it('exits 2 on bad usage', () => {
    assert.equal(ingest(['--nope']).code, 2);
    const missing = ingest(['--sources', join(tmpdir(), 'no-such-folder-here')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /sources folder not found/);
    const noContent = ingest(['--sources', seeds, '--out', temp(), '--content', join(tmpdir(), 'no-such-content-here')]);
    assert.equal(noContent.code, 2);
    assert.match(noContent.err, /content folder not found: .*no-such-content-here \(--content names the folder that holds gazetteer\//);
    const threads = ingest(['--sources', seeds, '--out', temp(), '--threads', '0']);
    assert.equal(threads.code, 2);
    assert.match(threads.err, /--threads wants a positive whole number/);
  });

  it('writes the same files and report on two threads as on one', () => {
    const sources = temp();
    // Enough sources for the second thread to start.
    for (const { file, text } of syntheticCorpus(MIN_SOURCES_PER_WORKER, loadVocabulary(join(repoRoot, 'content')))) writeFileSync(join(sources, file), text);
    const [one, two, reports] = [temp(), temp(), temp()];
    const run = (out: string, threads: string): string => {
      const result = ingest(['--sources', sources, '--out', out, '--report', join(reports, `${threads}.json`), '--threads', threads, '--no-cache']);
      assert.equal(result.code, 0, result.out + result.err);
      return result.out;
    };
    run(one, '1');
    const summary = run(two, '2').trimEnd().split('\n').at(-1) ?? '';
    // Had the worker prepared nothing, both runs would be the main thread's work and prove nothing.
    const [, main, worker] = /; prepared on 2 threads \((\d+) \+ (\d+)\)/.exec(summary) ?? [];
    assert.ok(Number(main) > 0 && Number(worker) > 0, `both threads should prepare sources: ${summary}`);
    assert.equal(readdirSync(one).length, readdirSync(two).length);
    assert.deepEqual(listing(one), listing(two));
    assert.equal(readFileSync(join(reports, '1.json'), 'utf8'), readFileSync(join(reports, '2.json'), 'utf8'));
  });
});

describe('ingest cache', () => {
  const seedCopy = (): string => {
    const dir = temp();
    cpSync(seeds, dir, { recursive: true });
    return dir;
  };

  it('reuses what an unchanged source gave, ingests an edited one again, and writes what a fresh ingest writes', () => {
    const sources = seedCopy();
    const out = temp();
    const cache = ['--cache', join(temp(), 'ingest-cache.bin')];
    assert.equal(ingest(['--sources', sources, '--out', out, ...cache]).code, 0);
    const before = statSync(cache[1]!);
    assert.match(ingest(['--sources', sources, '--out', out, ...cache]).out, /\(2 sources unchanged, from the cache\); 0 written, 2 unchanged/);
    const after = statSync(cache[1]!);
    assert.deepEqual([after.ino, after.mtimeMs], [before.ino, before.mtimeMs], 'a run that changed nothing rewrote the cache');
    const edited = join(sources, readdirSync(sources).sort()[0]!);
    // A new paragraph after the first long one, inside the article rather than its furniture.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/(\n[^\n]{200,}\n)/, '$1\nSatu paragraf tambahan untuk menguji cache.\n'));
    const reports = temp();
    const run = ingest(['--sources', sources, '--out', out, '--report', join(reports, 'cached.json'), ...cache]);
    assert.match(run.out, /\(1 source unchanged, from the cache\); 1 written, 1 unchanged/);
    const fresh = temp();
    assert.equal(ingest(['--sources', sources, '--out', fresh, '--report', join(reports, 'fresh.json'), '--no-cache']).code, 0);
    assert.deepEqual(listing(out), listing(fresh));
    assert.equal(readFileSync(join(reports, 'cached.json'), 'utf8'), readFileSync(join(reports, 'fresh.json'), 'utf8'));
  });

  it('ingests every source again when the rules, gazetteer or engagements change', () => {
    const sources = seedCopy();
    const changes: Record<string, (content: string) => void> = {
      'a rule': (content) => appendFileSync(join(content, 'rules', 'generic.yaml'), "- id: test-rule\n  removes: a test line\n  match: 'tidak ada baris seperti ini'\n"),
      'a gazetteer alias': (content) => writeFileSync(join(content, 'gazetteer', 'cities.yaml'), readFileSync(join(content, 'gazetteer', 'cities.yaml'), 'utf8').replace('aliases: ["City of Tshwane"]', 'aliases: ["City of Tshwane", "Kota Tshwane"]')),
      'an engagement': (content) => rmSync(join(content, 'engagements', readdirSync(join(content, 'engagements'))[0]!)),
    };
    for (const [what, change] of Object.entries(changes)) {
      const content = temp();
      for (const dir of ['gazetteer', 'rules', 'publishers', 'engagements']) cpSync(join(repoRoot, 'content', dir), join(content, dir), { recursive: true });
      const cache = ['--cache', join(temp(), 'ingest-cache.bin'), '--content', content];
      assert.equal(ingest(['--sources', sources, '--out', temp(), ...cache]).code, 0);
      assert.match(ingest(['--sources', sources, '--out', temp(), ...cache]).out, /from the cache/, `${what}: the cache works before the change`);
      change(content);
      const run = ingest(['--sources', sources, '--out', temp(), ...cache]);
      assert.equal(run.code, 0, run.out + run.err);
      assert.doesNotMatch(run.out, /from the cache/, `${what} changed, yet the cache was used`);
    }
  });

  it('fails on a translation Astro would refuse, naming its file and line, and warns of one that translates no article', () => {
    const content = temp();
    cpSync(join(repoRoot, 'content'), content, { recursive: true, filter: (path) => !path.includes(`${join('content', 'sources')}`) });
    const dir = join(content, 'translations', 'en');
    const [name] = readdirSync(dir).filter((f) => f.endsWith('.md'));
    const file = join(dir, name!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(join(dir, 'no-such-article.md'), text.replace(/^article: .*$/m, 'article: no-such-article'));
    writeFileSync(file, text.replace(/^translator: .*\n/m, ''));
    const run = ingest(['--sources', seeds, '--out', temp(), '--content', content]);
    assert.equal(run.code, 1, run.out + run.err);
    assert.match(run.out, new RegExp(`^✗ \\S*${name}:5: has no \`translator:\``, 'm'));
    assert.match(run.out, /^! \S*no-such-article\.md:2: no article has the id "no-such-article"/m);
  });

  it('warns, exiting 0, of an engagement source that names no ingested article, with its file and line', () => {
    const content = temp();
    cpSync(join(repoRoot, 'content'), content, { recursive: true, filter: (path) => !path.includes(`${join('content', 'sources')}`) });
    const file = join(content, 'engagements', 'u20-mayors-summit-2018.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/listedIn: .*/, 'listedIn: no-such-article'));
    const run = ingest(['--sources', seeds, '--out', temp(), '--content', content]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.out, /^! \S*u20-mayors-summit-2018\.yaml:\d+: `listedIn: no-such-article` names no ingested article/m);
  });

  it('stops on the cities whose latitude and longitude are swapped, naming each, and warns on every run of one in another country', () => {
    const content = temp();
    cpSync(join(repoRoot, 'content'), content, { recursive: true, filter: (path) => !path.includes(`${join('content', 'sources')}`) });
    const file = join(content, 'gazetteer', 'cities.yaml');
    const text = readFileSync(file, 'utf8');
    const args = ['--sources', seeds, '--out', temp(), '--content', content, '--cache', join(temp(), 'ingest-cache.bin')];
    writeFileSync(file, text.replace('coordinates: [-7.5898, 33.5731]', 'coordinates: [33.5731, -7.5898]').replace('coordinates: [13.405, 52.52]', 'coordinates: [52.52, 13.405]'));
    const swapped = ingest(args);
    assert.equal(swapped.code, 1, swapped.out + swapped.err);
    assert.match(swapped.err, /^✗ \S*cities\.yaml:\d+: coordinates: \[33\.5731, -7\.5898\] puts Casablanca in Tanzania \(TZ\), not Morocco \(MA\).* — write \[-7\.5898, 33\.5731\]$/m);
    assert.match(swapped.err, /^✗ \S*cities\.yaml:\d+: coordinates: \[52\.52, 13\.405\] puts Berlin in .*, not Germany \(DE\).* — write \[13\.405, 52\.52\]$/m);
    writeFileSync(file, text.replace('coordinates: [13.405, 52.52]', 'coordinates: [2.3522, 48.8566]'));
    // One cache for both runs: the second must check again, not skip as it would cities that passed.
    const cache = { CACHE_DIR: temp() };
    for (const time of ['first', 'second']) {
      const elsewhere = ingest(args, cache);
      assert.equal(elsewhere.code, 0, elsewhere.out + elsewhere.err);
      assert.match(elsewhere.out, /^! \S*cities\.yaml:\d+: coordinates: \[2\.3522, 48\.8566\] puts Berlin in France \(FR\), \d+ km from Germany \(DE\)/m, `the ${time} time`);
    }
  });

  it('checks the cities’ coordinates on the first run, not again until they change', () => {
    const content = temp();
    cpSync(join(repoRoot, 'content'), content, { recursive: true, filter: (path) => !path.includes(`${join('content', 'sources')}`) });
    // The check loads the atlas's shapes (country-shapes.ts) only when it runs: a load hook tells.
    const hook = join(temp(), 'report-shapes.mjs');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nregisterHooks({ load(url, context, next) { if (url.endsWith('/country-shapes.ts')) process.stderr.write('country shapes loaded\\n'); return next(url, context); } });\n`,
    );
    const env = { CACHE_DIR: temp(), NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` };
    const checked = () => {
      const run = ingest(['--sources', seeds, '--out', temp(), '--content', content], env);
      assert.equal(run.code, 0, run.out + run.err);
      return run.err.includes('country shapes loaded');
    };
    assert.deepEqual([checked(), checked()], [true, false]);
    const file = join(content, 'gazetteer', 'cities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('coordinates: [-7.5898, 33.5731]', 'coordinates: [-7.59, 33.57]'));
    assert.deepEqual([checked(), checked()], [true, false], 'a city moved is checked again, once');
  });

  it('ingests afresh over a cache file it cannot read', () => {
    const file = join(temp(), 'ingest-cache.bin');
    writeFileSync(file, 'not a cache');
    const run = ingest(['--sources', seeds, '--out', temp(), '--cache', file]);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.out, /2 sources: 2 ok, 0 failed; \d+ furniture lines removed; 2 written/);
  });
});
