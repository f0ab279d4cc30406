import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceReport } from '../../../scripts/ingest/corpus.ts';
import { summarize } from '../../../scripts/ingest/summary.ts';

const report = (file: string, fields: Partial<SourceReport>): SourceReport => ({
  file,
  status: 'ok',
  cities: [],
  organisations: [],
  related: [],
  removed: [],
  warnings: [],
  errors: [],
  candidates: [],
  ...fields,
});

test('the summary lists every error, then every warning, then every unknown name, whatever the sources’ order', () => {
  const reports = [
    report('a.txt', { warnings: ['publisher not recognised'], candidates: ['Badan Kota'] }),
    report('b.txt', { status: 'error', errors: [{ message: 'no date', line: 3, hint: 'add a date' }] }),
    report('c.txt', { warnings: ['title clipped'], candidates: ['XYZ'] }),
  ];
  const lines = summarize(reports, { written: ['a.mdx', 'c.mdx'], unchanged: 0, deleted: [] }).split('\n');
  assert.deepEqual(lines.slice(0, -1), [
    '✗ b.txt:3: no date — add a date',
    '! a.txt: publisher not recognised',
    '! c.txt: title clipped',
    '? a.txt: not in the gazetteer: Badan Kota',
    '? c.txt: not in the gazetteer: XYZ',
  ]);
  assert.equal(lines.at(-1), '✗ 3 sources: 2 ok, 1 failed; 0 furniture lines removed; 2 written, 0 unchanged, 0 deleted');
});

test('the summary says how many sources each thread prepared, when there was more than one', () => {
  const reports = [report('a.txt', {}), report('b.txt', {}), report('c.txt', {})];
  const write = { written: ['a.mdx', 'b.mdx', 'c.mdx'], unchanged: 0, deleted: [] };
  const line = '✓ 3 sources: 3 ok, 0 failed; 0 furniture lines removed; 3 written, 0 unchanged, 0 deleted';
  assert.equal(summarize(reports, write, { byThread: [2, 1] }), `${line}; prepared on 2 threads (2 + 1)`);
  assert.equal(summarize(reports, write, { byThread: [3] }), line);
});

test('another file’s error comes with the sources’ errors, before every warning, and the last line fails with it', () => {
  const reports = [
    report('a.txt', { warnings: ['publisher not recognised'] }),
    report('b.txt', { status: 'error', errors: [{ message: 'no date', line: 3, hint: 'add a date' }] }),
  ];
  const summary = summarize(reports, { written: ['a.mdx'], unchanged: 0, deleted: [] }, {
    errors: ['translations/en/x.md:5: has no `title:` — add it above this line'],
    warnings: ['engagements/u20.yaml:72: no ingested article has the title of this source'],
  });
  assert.deepEqual(summary.split('\n'), [
    '✗ b.txt:3: no date — add a date',
    '✗ translations/en/x.md:5: has no `title:` — add it above this line',
    '! a.txt: publisher not recognised',
    '! engagements/u20.yaml:72: no ingested article has the title of this source',
    '✗ 2 sources: 1 ok, 1 failed; 0 furniture lines removed; 1 written, 0 unchanged, 0 deleted; 1 error in other files, listed above',
  ]);
  const clean = summarize([report('a.txt', {})], { written: ['a.mdx'], unchanged: 0, deleted: [] }, { errors: ['translations/en/x.md:5: has no `title:`'] });
  assert.match(clean.split('\n').at(-1)!, /^✗ 1 source: 1 ok, 0 failed; .*; 1 error in other files, listed above$/);
});
