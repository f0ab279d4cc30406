import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { paragraphsToMdx } from '../../../scripts/ingest/to-mdx.ts';
import { ingestCorpus, loadContext, repoRoot } from './context.ts';

const dir = join(repoRoot, 'tests', 'fixtures', 'bad-input');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
const { reports, articles } = ingestCorpus(sources, loadContext());
const report = (file: string) => reports.find((r) => r.file === file)!;

describe('bad input: each file gets its expected outcome, in one run', () => {
  it('reports every file, good and bad', () => assert.equal(reports.length, sources.length));

  it('empty.txt: a clear error naming the problem', () => {
    assert.equal(report('empty.txt').status, 'error');
    assert.match(report('empty.txt').errors[0]!.message, /empty/);
  });

  it('not-text.txt: not UTF-8 text', () => {
    assert.equal(report('not-text.txt').status, 'error');
    assert.match(report('not-text.txt').errors[0]!.message, /not (UTF-8 )?text/);
    assert.match(report('not-text.txt').errors[0]!.hint ?? '', /UTF-8/);
  });

  it('no-date.txt: says no publication date was found and how to supply one', () => {
    const [error] = report('no-date.txt').errors;
    assert.match(error!.message, /no publication date/);
    assert.match(error!.hint ?? '', /date: YYYY-MM-DD/);
    assert.equal(error!.line, 1);
  });

  it('windows-line-endings.txt: BOM and CR gone, title read', () => {
    const r = report('windows-line-endings.txt');
    assert.equal(r.status, 'ok');
    assert.equal(r.title, 'Judul Dengan BOM');
    const article = articles.find((a) => a.source === 'windows-line-endings.txt')!;
    assert.ok(![article.title, ...article.paragraphs].some((t) => /[\r\uFEFF]/.test(t)));
  });

  it('mdx-syntax-in-text.txt: ingests, and its text survives as text', () => {
    const article = articles.find((a) => a.source === 'mdx-syntax-in-text.txt')!;
    assert.equal(report('mdx-syntax-in-text.txt').status, 'ok');
    assert.equal(article.title, 'Uji {1 + 1} Judul');
    assert.deepEqual(article.paragraphs, [
      "Kalimat dengan kurung kurawal {console.log('should stay text')} harus tampil apa adanya.",
      'export default function X() {}',
      '<div class="x">tag HTML dalam teks</div> dan a < b > c.',
    ]);
    assert.doesNotMatch(paragraphsToMdx(article.paragraphs), /^export /m);
  });
});
