import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';
import { bytes, loadContext } from './context.ts';

const context = loadContext();
const BODY = 'Gubernur DKI Jakarta menghadiri pertemuan dengan mitra internasional di Balai Kota.';
const source = (frontMatter: string) => bytes(`${frontMatter}Judul Berita\nSenin, 31 November 2022 09:46 WIB\n${BODY}\n`);

test('a dateline naming a day that does not exist stops the source, at its line', () => {
  assert.throws(() => ingestSource('a.txt', source(''), context), (error: unknown) => error instanceof SourceError && error.problem.line === 2);
});

test('the front matter’s date, as that error advises, wins over the impossible dateline, which says so', () => {
  const { article, warnings } = ingestSource('a.txt', source('---\ndate: 2022-11-30\n---\n'), context);
  assert.equal(article.date, '2022-11-30');
  assert.deepEqual(article.paragraphs, [BODY]);
  assert.ok(
    warnings.includes('line 5: the dateline "Senin, 31 November 2022 09:46 WIB" names a day that does not exist; the front matter\'s date 2022-11-30 is used'),
    warnings.join('\n'),
  );
});
