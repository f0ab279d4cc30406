import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archiveCounts, archivePdfName, archiveVolumes, entryVolumes, fillPieceRange, piecesOf, sectionCoverage, volumeKey, volumeName, volumesPrinting, volumeSpan, type ArchiveSection } from '../../../src/lib/archive.ts';
import type { Coverage } from '../../../src/lib/timeline.ts';

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

  it('cuts an archive of few sections into volumes when their articles are more than a page prints', () => {
    const engagements = [section('e1', '2018-04-18', 4), section('e2', '2018-10-29', 3), section('e3', '2022-11-18', 2)];
    assert.deepEqual(archiveVolumes(engagements, 5, 9), []);
    assert.deepEqual(summary(archiveVolumes(engagements, 5, 6)), ['2018/2: e1', '2018-2/2: e2', '2022/1: e3']);
  });

  it('splits a large one into a volume per year, each section once and in order', () => {
    assert.deepEqual(summary(archiveVolumes(sections, 4)), ['2018/1: a0 a1', '2020/1: a2', '2022/1: a3 a4']);
  });

  it('cuts a year with too many articles into parts between its sections', () => {
    const year = [section('e1', '2019-01-01', 3), section('e2', '2019-02-01', 0), section('a3', '2019-03-01'), section('e4', '2019-04-01', 4), section('a5', '2019-05-01')];
    assert.deepEqual(summary(archiveVolumes(year, 1, 5)), ['2019/2: e1 e2 a3', '2019-2/2: e4 a5']);
  });

  it('cuts an entry with more articles than a volume prints into pieces, each article once and in order', () => {
    const year = [section('a1', '2019-01-01'), section('e2', '2019-02-01', 12), section('a3', '2019-03-01')];
    const volumes = archiveVolumes(year, 1, 5);
    assert.deepEqual(summary(volumes), ['2019/4: a1', '2019-2/4: e2', '2019-3/4: e2', '2019-4/4: e2 a3']);
    assert.deepEqual(volumes.flatMap((v) => v.sections.flatMap((s) => s.articles)), year.flatMap((s) => s.articles));
    assert.ok(volumes.every((v) => v.sections.reduce((n, s) => n + s.articles.length, 0) <= 5));
    assert.deepEqual(
      volumes.flatMap((v) => v.sections.flatMap((s) => (s.piece ? [s.piece] : []))),
      [
        { number: 1, of: 3, offset: 0, total: 12 },
        { number: 2, of: 3, offset: 5, total: 12 },
        { number: 3, of: 3, offset: 10, total: 12 },
      ],
    );
  });
});

describe('piecesOf', () => {
  it('leaves an entry that fits a volume whole', () => {
    const whole = section('e1', '2019-01-01', 5);
    assert.deepEqual(piecesOf(whole, 5), [whole]);
  });
});

describe('entryVolumes', () => {
  it('finds the volume of each entry, and of each piece of one cut into pieces, in order', () => {
    const year = [section('a1', '2019-01-01'), section('e2', '2019-02-01', 7), section('a3', '2019-03-01')];
    const found = entryVolumes(archiveVolumes(year, 1, 5));
    assert.deepEqual(
      Object.fromEntries([...found].map(([id, volumes]) => [id, volumes.map(volumeKey)])),
      { a1: ['2019'], e2: ['2019-2', '2019-3'], a3: ['2019-3'] },
    );
  });
});

describe('volumesPrinting', () => {
  it('names only the volumes whose piece of the entry prints one of the articles, in order', () => {
    const year = [section('a1', '2019-01-01'), section('e2', '2019-02-01', 12), section('a3', '2019-03-01')];
    const e2 = entryVolumes(archiveVolumes(year, 1, 5)).get('e2')!;
    assert.deepEqual(e2.map(volumeKey), ['2019-2', '2019-3', '2019-4']);
    // The page shows e2-4 to e2-9: the rest are in the first and third pieces, not the second.
    const left = ['e2-0', 'e2-1', 'e2-2', 'e2-3', 'e2-10', 'e2-11'];
    assert.deepEqual(volumesPrinting(e2, 'e2', left).map(volumeKey), ['2019-2', '2019-4']);
    assert.deepEqual(volumesPrinting(e2, 'e2', ['e2-11']).map(volumeKey), ['2019-4']);
    assert.deepEqual(volumesPrinting(e2, 'a3', left), [], 'another entry of a shared volume');
  });
});

describe('sectionCoverage', () => {
  const report: Coverage = { type: 'report', publisher: 'detik.com' };
  const articleItem = (id: string): Coverage => ({ type: 'article', id, title: { text: id, lang: 'id' }, date: '2019-02-01' });
  const engagement: ArchiveSection = {
    ...section('e1', '2019-01-01', 7),
    entry: { ...section('e1', '2019-01-01', 7).entry, coverage: [...Array.from({ length: 7 }, (_, i) => articleItem(`e1-${i}`)), report] },
  };

  it('lists every source of an entry printed whole', () => {
    assert.deepEqual(sectionCoverage(engagement), engagement.entry.coverage);
  });

  it('lists a piece’s own articles, and the cited sources in the first piece only', () => {
    const ids = piecesOf(engagement, 5).map((piece) => sectionCoverage(piece).map((item) => (item.type === 'article' ? item.id : item.publisher)));
    assert.deepEqual(ids, [['e1-0', 'e1-1', 'e1-2', 'e1-3', 'e1-4', 'detik.com'], ['e1-5', 'e1-6']]);
  });
});

describe('fillPieceRange', () => {
  it('numbers a piece’s articles from 1 among all of its entry’s, in the language’s format', () => {
    const pieces = piecesOf(section('e1', '2019-01-01', 2500), 1000);
    assert.equal(fillPieceRange('{from}–{to} of {total}', pieces[1]!, 'en'), '1,001–2,000 of 2,500');
    assert.equal(fillPieceRange('{from}–{to} dari {total}', pieces[2]!, 'id'), '2.001–2.500 dari 2.500');
  });
});

describe('volumeSpan', () => {
  it('runs from the first entry’s start to the last one’s end, or its start', () => {
    const first = section('a1', '2019-01-05');
    const last = { ...section('e2', '2019-03-01', 2), entry: { ...section('e2', '2019-03-01', 2).entry, end: '2019-03-03' } };
    assert.deepEqual(volumeSpan({ sections: [first, last] }), { from: '2019-01-05', to: '2019-03-03' });
    assert.deepEqual(volumeSpan({ sections: [first] }), { from: '2019-01-05', to: '2019-01-05' });
    assert.equal(volumeSpan({ sections: [] }), undefined);
  });
});

describe('volumeName', () => {
  it('names a year, and a part of a year by its number among the parts', () => {
    assert.equal(volumeName({ year: 2018, part: 1, parts: 1 }, 'Volume'), 'Volume 2018');
    assert.equal(volumeName({ year: 2018, part: 2, parts: 6 }, 'Jilid'), 'Jilid 2018 (2/6)');
  });
});

describe('archiveCounts of a volume', () => {
  it('counts a later piece’s articles, but its cited sources and partners only where the first piece shows them', () => {
    const engagement: ArchiveSection = {
      ...section('e1', '2019-01-01', 7),
      entry: { ...section('e1', '2019-01-01', 7).entry, partners: ['paris', 'c40'], coverage: [{ type: 'report', publisher: 'detik.com' }] },
    };
    const [first, later] = piecesOf(engagement, 5);
    const isCity = (id: string) => ({ paris: true, c40: false })[id];
    assert.deepEqual(archiveCounts([first!], isCity), { engagements: 1, articles: 5, sources: 1, cities: 1, organisations: 1 });
    assert.deepEqual(archiveCounts([later!], isCity), { engagements: 1, articles: 2, sources: 0, cities: 0, organisations: 0 });
  });
});

describe('archivePdfName', () => {
  it('names the whole archive and each volume', () => {
    assert.equal(archivePdfName('id'), 'archive-id.pdf');
    assert.equal(archivePdfName('en', { year: 2022, part: 1 }), 'archive-en-2022.pdf');
    assert.equal(archivePdfName('en', { year: 2022, part: 3 }), 'archive-en-2022-3.pdf');
  });
});
