import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatRange } from '../../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes a day alone as each language does', () => {
    assert.equal(formatDate('2022-11-21', 'en'), '21 November 2022');
    assert.equal(formatDate('2022-11-21', 'id'), '21 November 2022');
    assert.equal(formatDate('2022-11-21T09:46:00+07:00', 'en'), '21 November 2022');
  });

  it('adds the time in the zone the source gave, named as Indonesian publishers name it', () => {
    assert.equal(formatDate('2022-11-21T09:46:00+07:00', 'en', { withTime: true }), '21 November 2022, 09:46 WIB');
    assert.equal(formatDate('2022-11-21T09:46:00+07:00', 'id', { withTime: true }), '21 November 2022, 09.46 WIB');
    assert.equal(formatDate('2018-10-30T14:05:00+08:00', 'en', { withTime: true }), '30 October 2018, 14:05 WITA');
  });

  it('keeps the day the date names, where Jakarta’s clock would be on another', () => {
    assert.equal(formatDate('2018-10-30T01:00:00+09:00', 'en', { withTime: true }), '30 October 2018, 01:00 WIT');
    assert.equal(formatDate('2018-10-30T20:00:00Z', 'en', { withTime: true }), '30 October 2018, 20:00 UTC');
  });

  it('names an offset no Indonesian zone has by its offset', () => {
    assert.equal(formatDate('2018-10-30T20:00:00+05:30', 'en', { withTime: true }), '30 October 2018, 20:00 UTC+05:30');
  });
});

describe('formatRange', () => {
  it('closes the dash between two days of a month, in both languages, and spaces it between dates with words', () => {
    assert.equal(formatRange('2018-10-29', '2018-10-30', 'en'), '29–30 October 2018');
    assert.equal(formatRange('2018-10-29', '2018-10-30', 'id'), '29–30 Oktober 2018');
    assert.equal(formatRange('2018-10-29', '2018-11-02', 'en'), '29 October\u2009–\u20092 November 2018');
    assert.equal(formatRange('2018-10-29', '2018-10-29', 'en'), '29 October 2018');
    assert.match(formatRange('2018-12-29', '2019-01-02', 'en'), /^29 December 2018\s–\s2 January 2019$/);
    assert.match(formatRange('2018-12-29', '2019-01-02', 'id'), /^29 Desember 2018\s–\s2 Januari 2019$/);
  });
});
