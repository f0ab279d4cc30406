import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clean, type SourceLine } from '../../../scripts/ingest/clean.ts';
import { loadFurniture } from '../../../scripts/ingest/furniture.ts';
import { contentDir } from './context.ts';

const furniture = loadFurniture(contentDir);
const publisher = (id: string) => furniture.publishers.find((p) => p.id === id)!.compiled;
const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const run = (texts: string[], extra: string[] = []) =>
  clean(lines(...texts), [...furniture.generic, ...extra.flatMap(publisher)]);
const removedBy = (result: ReturnType<typeof clean>) => result.removed.map((r) => [r.text, r.rule]);
const kept = (result: ReturnType<typeof clean>) => result.paragraphs.map((p) => p.text);

const BODY = 'Gubernur DKI Jakarta menjadi panelis dalam sesi tentang integrasi sosial di Buenos Aires.';

describe('clean: furniture rules', () => {
  const single: [string, string, string[]?][] = [
    ['Baca Juga', 'baca-juga'],
    ['Baca juga: Anies Bahas Konsep City 4.0', 'baca-juga'],
    ['(don)', 'editor-initials'],
    ['(ant/sur)', 'editor-initials'],
    ['(Foto: Mustaqim Amna)', 'photo-credit'],
    ['Foto: Dok. Pemprov DKI', 'photo-credit'],
    ['Bagikan ke :', 'share-links'],
    ['tulis komentar anda', 'sindonews-comment-prompt', ['sindonews']],
    ['VIDEO +indeks', 'beritajakarta-section-links', ['beritajakarta']],
    ['POTRET JAKARTA +indeks', 'beritajakarta-section-links', ['beritajakarta']],
  ];
  for (const [text, rule, publishers] of single) {
    it(`removes "${text}" as ${rule} and records it`, () => {
      const result = run([BODY, text], publishers);
      assert.deepEqual(kept(result), [BODY]);
      assert.deepEqual(result.removed, [{ text, rule, line: 2 }]);
    });
  }

  it('applies a publisher’s rules only to that publisher', () => {
    assert.deepEqual(kept(run([BODY, 'tulis komentar anda'])), [BODY, 'tulis komentar anda']);
  });

  it('keeps prose that merely mentions furniture words', () => {
    const prose = ['Baca juga tidak, ia berkata (foto dan video) dipamerkan.', 'Warga diminta tulis komentar anda di situs resmi agar didengar.'];
    assert.deepEqual(kept(run(prose, ['sindonews'])), prose);
  });

  it('removes a photo caption only when its credit follows', () => {
    const result = run(['Anies Bahas Konsep City 4.0 di Argentina', '(Foto: Mustaqim Amna)', BODY, 'Satu kalimat pendek']);
    assert.deepEqual(removedBy(result), [
      ['Anies Bahas Konsep City 4.0 di Argentina', 'photo-caption'],
      ['(Foto: Mustaqim Amna)', 'photo-credit'],
    ]);
    assert.deepEqual(kept(result), [BODY, 'Satu kalimat pendek']);
  });

  it('drops an unrelated popular-stories block up to the next furniture line', () => {
    const result = run([BODY, 'BERITA POPULER', 'Judul lain', 'Sabtu, 11 Oktober 2025 1666', 'Bagikan ke :'], ['beritajakarta']);
    assert.deepEqual(kept(result), [BODY]);
    assert.deepEqual(removedBy(result), [
      ['BERITA POPULER', 'popular-list'],
      ['Judul lain', 'popular-list'],
      ['Sabtu, 11 Oktober 2025 1666', 'popular-list'],
      ['Bagikan ke :', 'share-links'],
    ]);
  });
});

describe('clean: related headlines', () => {
  it('turns the BERITA TERKAIT block into dated headlines, recording thumbnails and counters', () => {
    const result = run([
      BODY,
      'BERITA TERKAIT',
      'Anies Akan Kunjungi Argentina Akhir Pekan',
      'Anies Bakal Ikuti Pertemuan Urban 20 Mayors Summit di Argentina',
      'Rabu, 24 Oktober 2018 2482',
      'Jakarta-Casablanca Perkuat Sister City Melalui Musik',
      'Minggu, 29 Juli 2018 3734',
    ]);
    assert.deepEqual(result.related, [
      { title: 'Anies Bakal Ikuti Pertemuan Urban 20 Mayors Summit di Argentina', date: '2018-10-24' },
      { title: 'Jakarta-Casablanca Perkuat Sister City Melalui Musik', date: '2018-07-29' },
    ]);
    assert.deepEqual(removedBy(result), [
      ['BERITA TERKAIT', 'related-headlines'],
      ['Anies Akan Kunjungi Argentina Akhir Pekan', 'related-thumbnail'],
      ['2482', 'view-counter'],
      ['3734', 'view-counter'],
    ]);
    assert.deepEqual(kept(result), [BODY]);
  });

  it('ends a block set inside the article at the article’s next paragraph', () => {
    const after = ['Paragraf kedua dari berita ini.', 'Ia berkata, “Kami siap.”', 'Paragraf terakhir.'];
    const related = run([BODY, 'Berita Terkait', 'Anies ke Argentina', 'Rabu, 24 Oktober 2018', ...after]);
    assert.deepEqual(related.related, [{ title: 'Anies ke Argentina', date: '2018-10-24' }]);
    assert.deepEqual(kept(related), [BODY, ...after]);
    assert.deepEqual(related.warnings, []);
    const popular = run([BODY, 'Terpopuler', 'Judul lain', 'Judul ketiga', ...after]);
    assert.deepEqual(kept(popular), [BODY, ...after]);
    assert.deepEqual(removedBy(popular), [
      ['Terpopuler', 'popular-list'],
      ['Judul lain', 'popular-list'],
      ['Judul ketiga', 'popular-list'],
    ]);
  });

  it('keeps undated leftovers of the block in the report and warns', () => {
    const result = run([BODY, 'Artikel Terkait', 'Judul tanpa tanggal']);
    assert.deepEqual(result.related, []);
    assert.deepEqual(removedBy(result).at(-1), ['Judul tanpa tanggal', 'related-undated']);
    assert.match(result.warnings[0] ?? '', /no date/);
  });
});

describe('clean: structural rules', () => {
  it('removes a body scraped twice, keeping the first copy', () => {
    const a = 'Paragraf pertama yang cukup panjang untuk menjadi isi.';
    const b = 'Paragraf kedua juga cukup panjang untuk menjadi isi berita.';
    const result = run([a, b, 'Baca Juga', a, b]);
    assert.deepEqual(kept(result), [a, b]);
    assert.deepEqual(removedBy(result), [
      ['Baca Juga', 'baca-juga'],
      [a, 'repeated-paragraph'],
      [b, 'repeated-paragraph'],
    ]);
  });

  it('removes a pull quote that repeats the start of a later sentence', () => {
    const quote = '"Itulah pendekatan City 4.0. Ke depan, tak lagi bisa pemerintah sebuah kota hanya berfungsi sebagai penyedia jasa," tandasnya.';
    const result = run([BODY, 'Itulah pendekatan City 4.0', quote]);
    assert.deepEqual(kept(result), [BODY, quote]);
    assert.deepEqual(removedBy(result), [['Itulah pendekatan City 4.0', 'pull-quote']]);
  });

  it('removes a pull quote that repeats a sentence inside a paragraph, not only its start', () => {
    const paragraph = 'Acara dimulai pagi hari di Balai Kota. Itulah pendekatan City 4.0 yang diusung pemerintah provinsi sejak tahun lalu, katanya.';
    const result = run([BODY, 'Itulah pendekatan City 4.0', paragraph]);
    assert.deepEqual(kept(result), [BODY, paragraph]);
    assert.deepEqual(removedBy(result), [['Itulah pendekatan City 4.0', 'pull-quote']]);
  });

  it('finds the one pull quote among a thousand short paragraphs that open with the same words', () => {
    const others = Array.from({ length: 1000 }, (_, i) => `Itulah pendekatan City ${i + 5}`);
    const quote = '"Itulah pendekatan City 4.0. Ke depan, tak lagi bisa pemerintah sebuah kota hanya berfungsi sebagai penyedia jasa," tandasnya.';
    const result = run([BODY, ...others, 'Itulah pendekatan City 4.0', quote]);
    assert.deepEqual(kept(result), [BODY, ...others, quote]);
    assert.deepEqual(removedBy(result), [['Itulah pendekatan City 4.0', 'pull-quote']]);
  });

  it('keeps a short sentence that is not an excerpt of another', () => {
    const result = run([BODY, 'Pertemuan berlangsung hangat', 'Semua peserta pulang dengan gembira setelah acara selesai.']);
    assert.equal(result.paragraphs.length, 3);
  });

  it('never applies furniture rules to long lines', () => {
    const long = `(Foto: ${'x'.repeat(400)})`;
    assert.deepEqual(kept(run([long])), [long]);
  });
});
