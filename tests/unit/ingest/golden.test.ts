import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { byCodeUnits } from '../../../src/lib/code-unit-order.ts';
import { contentDir, loadContext } from './context.ts';

const context = loadContext();
const SEEDS = {
  partners: '2022-11-21-sindonews-pemprov-dki-mitra-organisasi-internasional.txt',
  u20: '2018-10-30-beritajakarta-anies-panelis-u20-mayors-summit.txt',
};
const read = (file: string) => readFileSync(join(contentDir, 'sources', file));
const ingest = (file: string) => ingestSource(file, read(file), context);

/** Every non-blank line of the raw text must be in the article, the header, or the report. */
function assertNothingLost(file: string, result: ReturnType<typeof ingest>, header: string[]): void {
  const raw = read(file).toString('utf8').split('\n---\n').slice(1).join('\n---\n');
  const kept = new Set([...result.article.paragraphs, ...header]);
  const removed = new Set(result.removed.map((r) => r.text));
  const related = result.article.related.map((r) => r.title);
  for (const line of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const accounted =
      kept.has(line) ||
      removed.has(line) ||
      related.includes(line) ||
      // A related story's date line: its date is in `related`, its view counter in `removed`.
      result.removed.some((r) => r.rule === 'view-counter' && line.endsWith(` ${r.text}`));
    assert.ok(accounted, `line not accounted for: ${JSON.stringify(line)}`);
  }
}

describe('golden: SINDOnews, 2022 partner-organisation meeting', () => {
  const result = ingest(SEEDS.partners);
  const { article } = result;

  it('reads the header', () => {
    assert.equal(article.title, 'Atasi Persoalan Perkotaan, Pemprov DKI Bertukar Pikiran dengan Mitra Organisasi');
    assert.equal(article.date, '2022-11-21T09:46:00+07:00');
    assert.equal(article.lang, 'id');
    assert.equal(article.publisher, 'SINDOnews');
    assert.equal(article.engagement, 'partner-organisations-meeting-2022');
    assert.match(article.url ?? '', /^https:\/\/daerah\.sindonews\.com\/newsread\/947067\//);
  });

  it('keeps the body once, without the repeat, "Baca Juga", initials or comment prompt', () => {
    assert.equal(article.paragraphs.length, 9);
    assert.match(article.paragraphs[0]!, /^JAKARTA - Pemrov DKI Jakarta bertukar pikiran/);
    assert.match(article.paragraphs.at(-1)!, /^Di samping itu, juga dibahas/);
    const rules = result.removed.map((r) => r.rule);
    assert.equal(rules.filter((r) => r === 'repeated-paragraph').length, 8);
    assert.ok(rules.includes('baca-juga') && rules.includes('editor-initials') && rules.includes('sindonews-comment-prompt'));
  });

  it('finds the 15 partner organisations, the networks Jakarta belongs to and the government speaking, and nothing else', () => {
    const partners = ['c40', 'fao', 'giz', 'icct', 'iclei-indonesia', 'itdp', 'rdi', 'smart-change-project', 'uclg-aspac', 'undp-indonesia', 'unicef', 'unrc', 'vital-strategies', 'world-bank', 'wri'];
    const networks = ['uclg', 'iclei'];
    // Marulina Dewi speaks as head of the Biro Kerja Sama Daerah of the Pemprov DKI Jakarta.
    const government = ['jakarta-provincial-government', 'jakarta-regional-cooperation-bureau'];
    assert.deepEqual(article.organisations, [...partners, ...networks, ...government].sort(byCodeUnits));
    assert.deepEqual(article.cities, ['jakarta']);
  });

  it('leaves no real entity as an unknown candidate', () => assert.deepEqual(result.candidates, []));
  it('accounts for every line of the original', () => assertNothingLost(SEEDS.partners, result, [article.title, 'Senin, 21 November 2022 - 09:46 WIB']));
});

describe('golden: Berita Jakarta, 2018 U20 Mayors Summit', () => {
  const result = ingest(SEEDS.u20);
  const { article } = result;

  it('reads the header and byline', () => {
    assert.equal(article.title, 'Anies Jadi Panelis Social Integration and Inclusion di U20 Mayors Summit');
    assert.equal(article.date, '2018-10-30');
    assert.deepEqual(article.byline, { reporter: 'Mustaqim Amna', editor: 'Toni Riyanto' });
    assert.equal(article.publisher, 'Berita Jakarta');
  });

  it('turns BERITA TERKAIT into four dated related headlines', () => {
    assert.deepEqual(article.related, [
      { title: 'Anies Bakal Ikuti Pertemuan Urban 20 Mayors Summit di Argentina', date: '2018-10-24' },
      { title: 'Anies akan Paparkan Implementasi Penataan Kampung Saat U20 Mayors Summit', date: '2018-10-26' },
      { title: 'Jakarta-Casablanca Perkuat Sister City Melalui Musik', date: '2018-07-29' },
      { title: 'Gubernur Bahas Pentingnya Peran Smart City di Maroko', date: '2018-04-19' },
    ]);
  });

  it('drops photo credit, caption, pull quote, popular stories, share and section links', () => {
    const rules = new Set(result.removed.map((r) => r.rule));
    for (const rule of ['photo-credit', 'photo-caption', 'pull-quote', 'popular-list', 'share-links', 'beritajakarta-section-links', 'view-counter']) assert.ok(rules.has(rule), `no ${rule}`);
    assert.ok(!article.paragraphs.some((p) => /BERITA POPULER|Gulkarmat|\+indeks|Foto:/.test(p)));
    assert.equal(article.paragraphs.length, 12);
  });

  it('finds the 26 U20 cities and the organisations behind the summit', () => {
    const cities = ['barcelona', 'beijing', 'berlin', 'buenos-aires', 'chicago', 'durban', 'hamburg', 'houston', 'jakarta', 'johannesburg', 'london', 'los-angeles', 'madrid', 'mexico-city', 'milan', 'montreal', 'moscow', 'new-york', 'paris', 'rio-de-janeiro', 'rome', 'sao-paulo', 'seoul', 'sydney', 'tokyo', 'tshwane'];
    assert.deepEqual(article.cities, cities);
    assert.deepEqual(article.organisations, ['c40', 'g20', 'u20', 'uclg']);
  });

  it('leaves no real entity as an unknown candidate', () => assert.deepEqual(result.candidates, []));
  it('accounts for every line of the original', () =>
    assertNothingLost(SEEDS.u20, result, [article.title, 'Selasa, 30 Oktober 2018 Reporter: Mustaqim Amna Editor: Toni Riyanto 3718']));
});
