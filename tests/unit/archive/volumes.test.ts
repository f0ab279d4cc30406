import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archivePdfName, archiveVolumes, volumeKey, type ArchiveSection } from '../../../src/lib/archive.ts';

/** A section starting on `start` with `n` articles in full (an engagement the corpus has no article for has none). */
const section = (id: string, start: string, n = 1): ArchiveSection => ({
  entry: { type: n === 1 ? 'article' : 'engagement', id, start, kind: n === 1 ? 'article' : 'summit', title: { text: id, lang: 'id' }, partners: [], coverage: [] },
  articles: Array.from({ length: n }, (_, i) => `${id}-${i}`),
});

const summary = (volumes: ReturnType<typeof archiveVolumes>) => volumes.map((v) => `${volumeKey(v)}/${v.parts}: ${v.sections.map((s) => s.entry.id).join(' ')}`);

describe('archiveVolumes', () => {
  const sections = ['2018-10-30', '2018-12-01', '2020-01-05', '2022-11-21', '2022-11-22'].map((d, i) => section(`a${i}`, d));

  it('keeps a small archive on one page', () => {
    assert.deepEqual(archiveVolumes(sections, 5), []);
  });

  it('splits a large one into a volume per year, each section once and in order', () => {
    assert.deepEqual(summary(archiveVolumes(sections, 4)), ['2018/1: a0 a1', '2020/1: a2', '2022/1: a3 a4']);
  });

  it('cuts a year with too many articles into parts between its sections', () => {
    const year = [section('e1', '2019-01-01', 3), section('e2', '2019-02-01', 0), section('a3', '2019-03-01'), section('e4', '2019-04-01', 9), section('a5', '2019-05-01')];
    assert.deepEqual(summary(archiveVolumes(year, 1, 5)), ['2019/3: e1 e2 a3', '2019-2/3: e4', '2019-3/3: a5']);
  });
});

describe('archivePdfName', () => {
  it('names the whole archive and each volume', () => {
    assert.equal(archivePdfName('id'), 'archive-id.pdf');
    assert.equal(archivePdfName('en', { year: 2022, part: 1 }), 'archive-en-2022.pdf');
    assert.equal(archivePdfName('en', { year: 2022, part: 3 }), 'archive-en-2022-3.pdf');
  });
});
