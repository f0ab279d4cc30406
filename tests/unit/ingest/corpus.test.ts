import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { futureDated, ingestOne } from '../../../scripts/ingest/corpus.ts';
import { bytes, ingestCorpus, loadContext } from './context.ts';

const context = loadContext();
const source = (file: string, title: string) => ({
  file,
  bytes: bytes(`${title}\n\nSelasa, 30 Oktober 2018\n\nIsi paragraf dari berkas ${file}, yang cukup panjang untuk menjadi isi berita.\n`),
});

describe('ids across the corpus', () => {
  it('tells articles with one id apart by the first free suffix, in file order, and each says so', () => {
    const { articles, reports } = ingestCorpus(
      [source('a.txt', 'Judul Sama'), source('b.txt', 'Judul Sama 3'), source('c.txt', 'Judul Sama'), source('d.txt', 'Judul Sama'), source('e.txt', 'Judul Sama')],
      context,
    );
    assert.deepEqual(
      articles.map((a) => [a.source, a.id]),
      [
        ['a.txt', '2018-10-30-judul-sama'],
        ['b.txt', '2018-10-30-judul-sama-3'],
        ['c.txt', '2018-10-30-judul-sama-2'],
        // -3 is b.txt's own id.
        ['d.txt', '2018-10-30-judul-sama-4'],
        ['e.txt', '2018-10-30-judul-sama-5'],
      ],
    );
    for (const file of ['c.txt', 'd.txt', 'e.txt']) {
      assert.match(reports.find((r) => r.file === file)!.warnings.join('\n'), /another article already has the id "2018-10-30-judul-sama"/);
    }
  });

  it('gives an id written in front matter to its own article, whatever file comes first', () => {
    const curated = { file: 'b.txt', bytes: bytes(`---\nid: 2018-10-30-judul-sama\n---\n${new TextDecoder().decode(source('b.txt', 'Judul Lain').bytes)}`) };
    const { articles, reports } = ingestCorpus([source('a.txt', 'Judul Sama'), curated], context);
    assert.deepEqual(
      articles.map((a) => [a.source, a.id]),
      [
        ['a.txt', '2018-10-30-judul-sama-2'],
        ['b.txt', '2018-10-30-judul-sama'],
      ],
    );
    assert.doesNotMatch(reports.find((r) => r.file === 'b.txt')!.warnings.join('\n'), /another article already has the id/);
  });
});

describe('duplicates across the corpus', () => {
  it('publishes a text once, though a copy differs only in its spaces', () => {
    const text = (space: string) => bytes(`Judul Sama\n\nSelasa, 30 Oktober 2018\n\nWarga kota${space}Jakarta hadir di Balai Kota untuk acara itu.\n`);
    const { articles, reports } = ingestCorpus(
      [
        { file: 'a.txt', bytes: text(' ') },
        { file: 'b.txt', bytes: text('\u00a0') },
        { file: 'c.txt', bytes: text('  ') },
      ],
      context,
    );
    assert.deepEqual(articles.map((a) => a.source), ['a.txt']);
    assert.deepEqual(reports.map((r) => r.duplicateOf), [undefined, 'a.txt', 'a.txt']);
    assert.equal(reports[1]!.warnings.at(-1), 'same text as a.txt; published once, from that file');
  });

  it('names the front matter a copy gives otherwise than the file published, which the site would not show', () => {
    const text = 'Judul Sama\n\nSelasa, 30 Oktober 2018\n\nWarga kota Jakarta hadir di Balai Kota untuk acara itu.\n';
    const { reports } = ingestCorpus(
      [
        { file: 'a.txt', bytes: bytes(text) },
        { file: 'b.txt', bytes: bytes(`---\nengagement: u20-mayors-summit-2018\npublisher: beritajakarta\n---\n${text}`) },
      ],
      context,
    );
    assert.equal(
      reports[1]!.warnings.at(-1),
      'same text as a.txt; published once, from that file, which gives otherwise engagement (here u20-mayors-summit-2018, there none), publisher (here Berita Jakarta, there none); put what is right in that file and delete this one',
    );
    const sameDay = ingestCorpus([{ file: 'a.txt', bytes: bytes(text.replace('2018\n', '2018 - 10:30 WIB\n')) }, { file: 'b.txt', bytes: bytes(`---\ndate: 2018-10-30\n---\n${text}`) }], context);
    assert.equal(sameDay.reports[1]!.warnings.at(-1), 'same text as a.txt; published once, from that file', 'a day and the same day with its time agree');
  });
});

describe('failed sources', () => {
  it('keep in their report the lines the cleaner removed before the source failed, each with its rule', () => {
    const furnitureOnly = { file: 'a.txt', bytes: bytes('Judul\nSelasa, 30 Oktober 2018\nBaca juga: Berita Lain\n(Foto: Mustaqim Amna)\n') };
    const [report] = ingestCorpus([furnitureOnly], context).reports;
    assert.equal(report!.status, 'error');
    assert.match(report!.errors[0]!.message, /nothing is left/);
    assert.deepEqual(report!.removed, [
      { text: 'Baca juga: Berita Lain', rule: 'baca-juga', line: 3 },
      { text: '(Foto: Mustaqim Amna)', rule: 'photo-credit', line: 4 },
    ]);
  });

  it('that failed before the cleaner ran report nothing removed', () => {
    const [report] = ingestCorpus([{ file: 'a.txt', bytes: bytes('Judul\nBaca juga: Berita Lain\nIsi berita tanpa tanggal.\n') }], context).reports;
    assert.match(report!.errors[0]!.message, /no publication date/);
    assert.deepEqual(report!.removed, []);
  });
});

describe('futureDated', () => {
  const dated = (file: string, date: string) => {
    const outcome = ingestOne(file, bytes(`---\ndate: ${date}\n---\nJudul ${file}\nIsi paragraf dari berkas ${file}, yang cukup panjang untuk menjadi isi berita.\n`), context);
    assert.ok('ingested' in outcome, JSON.stringify(outcome));
    return outcome;
  };

  it('names each source dated after today, today being the day it is somewhere on earth (UTC+14)', () => {
    const outcomes = [dated('d.txt', '2024-03-13'), dated('c.txt', '2024-03-12'), dated('b.txt', '2024-03-11'), dated('a.txt', '2024-03-11T23:30:00+07:00')];
    // 10:00 UTC on 10 March is already midnight starting 11 March at UTC+14 (Kiribati).
    const warnings = futureDated(outcomes, new Date('2024-03-10T10:00:00Z'));
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /^c\.txt: dated 2024-03-12, a day that has not yet begun anywhere/);
    assert.match(warnings[0]!, /date: YYYY-MM-DD/);
    assert.match(warnings[1]!, /^d\.txt: dated 2024-03-13/);
    // A minute earlier it is still 10 March everywhere.
    assert.equal(futureDated([dated('b.txt', '2024-03-11')], new Date('2024-03-10T09:59:00Z')).length, 1);
  });

  it('passes over sources that failed: they have no date', () => {
    const failed = ingestOne('e.txt', bytes(''), context);
    assert.deepEqual(futureDated([failed], new Date('2000-01-01T00:00:00Z')), []);
  });
});
