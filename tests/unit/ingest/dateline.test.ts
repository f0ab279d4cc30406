import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDateline } from '../../../scripts/ingest/dateline.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';

describe('parseDateline', () => {
  const cases: [string, { date: string; datetime: string; reporter?: string; editor?: string; counter?: string }][] = [
    ['Senin, 21 November 2022 - 09:46 WIB', { date: '2022-11-21', datetime: '2022-11-21T09:46:00+07:00' }],
    ['Senin, 21 November 2022 – 09:46 WIB', { date: '2022-11-21', datetime: '2022-11-21T09:46:00+07:00' }],
    ['Senin, 21 November 2022 — 09.46 WITA', { date: '2022-11-21', datetime: '2022-11-21T09:46:00+08:00' }],
    ['Senin, 21 Nov 2022 - 21:05 WIT', { date: '2022-11-21', datetime: '2022-11-21T21:05:00+09:00' }],
    ['Monday, 21 November 2022 - 02:46 UTC', { date: '2022-11-21', datetime: '2022-11-21T02:46:00+00:00' }],
    ['Monday, 21 November 2022 - 02:46 GMT', { date: '2022-11-21', datetime: '2022-11-21T02:46:00+00:00' }],
    [
      'Selasa, 30 Oktober 2018 Reporter: Mustaqim Amna Editor: Toni Riyanto 3718',
      { date: '2018-10-30', datetime: '2018-10-30', reporter: 'Mustaqim Amna', editor: 'Toni Riyanto', counter: '3718' },
    ],
    ['Rabu, 24 Oktober 2018 2482', { date: '2018-10-24', datetime: '2018-10-24', counter: '2482' }],
    ['Rabu, 24 Oktober 2018 2.482', { date: '2018-10-24', datetime: '2018-10-24', counter: '2.482' }],
    ['Rabu, 24 Oktober 2018 12.345', { date: '2018-10-24', datetime: '2018-10-24', counter: '12.345' }],
    ['Sel, 30 Okt 2018', { date: '2018-10-30', datetime: '2018-10-30' }],
    ['Jumat, 17 Agu 2018', { date: '2018-08-17', datetime: '2018-08-17' }],
    ['Jum\'at, 17 Agt 2018', { date: '2018-08-17', datetime: '2018-08-17' }],
    ['17 Ags 2018', { date: '2018-08-17', datetime: '2018-08-17' }],
    ['Sabtu, 1 Des 2018', { date: '2018-12-01', datetime: '2018-12-01' }],
    ['Monday, November 21, 2022 - 9:46 WIB', { date: '2022-11-21', datetime: '2022-11-21T09:46:00+07:00' }],
    ['Thursday, 19 April 2018', { date: '2018-04-19', datetime: '2018-04-19' }],
    ['Wed, Oct. 24, 2018', { date: '2018-10-24', datetime: '2018-10-24' }],
    ['29 Februari 2020', { date: '2020-02-29', datetime: '2020-02-29' }],
    ['Kamis, 19 April 2018 Penulis: A Redaktur: B', { date: '2018-04-19', datetime: '2018-04-19', reporter: 'A', editor: 'B' }],
    [
      'Selasa, 30 Oktober 2018 Reporter : Mustaqim Amna | Editor : Toni Riyanto',
      { date: '2018-10-30', datetime: '2018-10-30', reporter: 'Mustaqim Amna', editor: 'Toni Riyanto' },
    ],
    ['Selasa, 30 Oktober 2018 | Reporter: A', { date: '2018-10-30', datetime: '2018-10-30', reporter: 'A' }],
    ['Senin,21 November 2022', { date: '2022-11-21', datetime: '2022-11-21' }],
    ['Monday, November 21, 2022 9:46 AM', { date: '2022-11-21', datetime: '2022-11-21T09:46:00+07:00' }],
    ['Monday, November 21, 2022 12:05 p.m. WIB', { date: '2022-11-21', datetime: '2022-11-21T12:05:00+07:00' }],
    ['Monday, November 21, 2022 12:30 AM WITA', { date: '2022-11-21', datetime: '2022-11-21T00:30:00+08:00' }],
  ];
  for (const [line, expected] of cases) {
    it(`reads "${line}"`, () => {
      const result = parseDateline(line);
      assert.ok(result, 'expected a dateline');
      assert.deepEqual({ ...result, warnings: undefined }, { ...expected, warnings: undefined });
    });
  }

  it('is case-insensitive', () => {
    assert.equal(parseDateline('SENIN, 21 NOVEMBER 2022 - 09:46 WIB')?.datetime, '2022-11-21T09:46:00+07:00');
  });

  for (const line of ['JAKARTA - Pemprov DKI Jakarta bertukar pikiran', 'Jumat (18/11/2022)', 'Rabu 3 Mei 2023 dan lainnya', 'Baca Juga', '', '21 Smarch 2022']) {
    it(`is not fooled by "${line}"`, () => assert.equal(parseDateline(line), null));
  }

  for (const line of ['Kamis, 31 Februari 2022', '29 Februari 2019', '32 Januari 2020', '21 November 2022 - 25:00 WIB', '21 November 2022 - 10:61 WIB', 'November 21, 2022 13:05 PM', 'November 21, 2022 0:30 AM']) {
    it(`rejects the impossible "${line}" with its line number`, () => {
      assert.throws(
        () => parseDateline(line, 7),
        (error: unknown) => error instanceof SourceError && error.problem.line === 7 && /does not exist/.test(error.message) && /date/.test(error.problem.hint ?? ''),
      );
    });
  }

  it('warns when the day name does not fit the date', () => {
    assert.match(parseDateline('Senin, 30 Oktober 2018')?.warnings[0] ?? '', /Senin/);
  });

  it('assumes WIB when a time has no zone, and says so', () => {
    const result = parseDateline('12 Agt 2020 | 10:00');
    assert.equal(result?.datetime, '2020-08-12T10:00:00+07:00');
    assert.match(result?.warnings[0] ?? '', /WIB/);
  });
});
