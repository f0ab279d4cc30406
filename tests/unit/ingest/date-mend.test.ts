import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateMend, readDay } from '../../../scripts/ingest/date-mend.ts';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';
import { bytes, loadContext } from './context.ts';

const dayOf = (written: string): string | undefined => readDay(written)?.day;

test('a date written another way is read as the YYYY-MM-DD it means, with or without a weekday or a time', () => {
  assert.equal(dayOf('2018-10-9'), '2018-10-09');
  assert.equal(dayOf('29/10/2018'), '2018-10-29');
  assert.equal(dayOf('29 Oktober 2018'), '2018-10-29');
  assert.equal(dayOf('Senin, 29 Oktober 2018'), '2018-10-29');
  assert.equal(dayOf('October 29, 2018'), '2018-10-29');
  assert.equal(dayOf('2018-04-18 10:30'), '2018-04-18');
  assert.equal(dayOf('Rabu, 18/04/2018 10:30'), '2018-04-18');
  assert.equal(dayOf('18/04/2018 | 10:30 WIB'), '2018-04-18');
});

test('figures that could be day or month first are flagged as read day first', () => {
  assert.deepEqual(readDay('04/05/2018'), { day: '2018-05-04', dayFirst: true });
  assert.deepEqual(readDay('18/04/2018'), { day: '2018-04-18', dayFirst: false });
  assert.deepEqual(readDay('2018/04/05'), { day: '2018-04-05', dayFirst: false });
  assert.equal(dateMend('04/05/2018'), ' (for "04/05/2018", write 2018-05-04, if the day comes first)');
});

test('what is no date, no day of the calendar, or a long line gets no reading; a date already YYYY-MM-DD no mend', () => {
  assert.equal(readDay('soon'), undefined);
  assert.equal(readDay('30/2/2018'), undefined);
  assert.equal(readDay(`${'-'.repeat(40_000)} 10:30`), undefined);
  assert.equal(dateMend('2018-10-29'), '');
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
      error.problem.hint === 'add the date as front matter at the top of the file: a line "---", then "date: 2018-04-18", then "---"',
  );
});

test('a source dated YYYY-MM-DD with a time, not a dateline, is pointed at that line too', () => {
  assert.throws(
    () => ingestSource('a.txt', bytes('Judul Berita\n2018-04-18 10:30\nGubernur tiba di Casablanca.\n'), loadContext()),
    (error: unknown) => error instanceof SourceError && error.problem.line === 2 && /"date: 2018-04-18"/.test(error.problem.hint ?? ''),
  );
});

