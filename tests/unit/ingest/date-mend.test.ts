import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asIsoDay } from '../../../scripts/ingest/date-mend.ts';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';
import { bytes, loadContext } from './context.ts';

test('a date written another way is read as the YYYY-MM-DD it means', () => {
  assert.equal(asIsoDay('2018-10-9'), '2018-10-09');
  assert.equal(asIsoDay('29/10/2018'), '2018-10-29');
  assert.equal(asIsoDay('29 Oktober 2018'), '2018-10-29');
  assert.equal(asIsoDay('Senin, 29 Oktober 2018'), '2018-10-29');
  assert.equal(asIsoDay('October 29, 2018'), '2018-10-29');
});

test('what is no date, no day of the calendar, or already YYYY-MM-DD gets no reading', () => {
  assert.equal(asIsoDay('soon'), undefined);
  assert.equal(asIsoDay('30/2/2018'), undefined);
  assert.equal(asIsoDay('2018-10-29'), undefined);
});

test('front matter with a date written another way is told the YYYY-MM-DD to write', () => {
  const source = bytes('---\ndate: 29 Oktober 2018\n---\nJudul Berita\nGubernur bertemu mitra di Jakarta.\n');
  assert.throws(
    () => ingestSource('a.txt', source, loadContext()),
    (error: unknown) => error instanceof SourceError && error.problem.line === 2 && /^front matter field "date": use YYYY-MM-DD.* \(for "29 Oktober 2018", write 2018-10-29\)$/.test(error.problem.message),
  );
});

test('a source dated only in figures is pointed at that line, read day first', () => {
  const source = bytes('Anies Berbicara di Casablanca\n18/04/2018 10:30 WIB\nGubernur tiba di Casablanca.\n');
  assert.throws(
    () => ingestSource('a.txt', source, loadContext()),
    (error: unknown) =>
      error instanceof SourceError &&
      error.problem.line === 2 &&
      error.problem.message === 'no publication date found: line 2, "18/04/2018 10:30 WIB", gives the date in figures, which is not read as a dateline' &&
      error.problem.hint === 'add the date as front matter at the top of the file: a line "---", then "date: 2018-04-18", then "---" (check that the day comes first in the figures)',
  );
});
