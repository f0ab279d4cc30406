import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relatedOnSite } from '../../../src/lib/related-on-site.ts';
import type { ArticleInput, EngagementInput } from '../../../src/lib/timeline.ts';

const article = (id: string, title: string, date: string, related: { title: string; date?: string }[] = []): ArticleInput => ({
  id,
  data: { id, title, date, lang: 'id', cities: [], organisations: [], related, source: `${id}.txt`, hash: '0123456789abcdef' },
});

const citing = (id: string, headlines: { title: string; date: string; listedIn?: string }[], short?: string): EngagementInput => ({
  id,
  data: {
    start: '2018-07-29',
    kind: 'cultural-exchange',
    place: 'jakarta',
    partners: [],
    title: { id: `Judul ${id}`, en: `Title ${id}` },
    ...(short ? { short: { id: short, en: short } } : {}),
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    sources: headlines.map((h) => ({ type: 'headline' as const, publisher: 'Berita Jakarta', lang: 'id' as const, ...h })),
  },
});

describe('related headlines on this site', () => {
  const concert = article('concert', 'Jakarta-Casablanca Perkuat Sister City Melalui Musik', '2018-07-29');
  const summit = article('summit', 'Anies jadi panelis di U20', '2018-10-30', [
    { title: 'Jakarta-Casablanca  perkuat sister city melalui musik', date: '2018-07-29' },
    { title: 'Gubernur Bahas Pentingnya Peran Smart City di Maroko', date: '2018-04-19' },
    { title: 'Anies Bakal Ikuti Pertemuan Urban 20', date: '2018-10-24' },
    { title: 'A headline the site has nowhere' },
  ]);
  const engagements = [
    citing('keynote', [{ title: 'Gubernur Bahas Pentingnya Peran Smart City di Maroko', date: '2018-04-19' }], 'Keynote 2018'),
    citing('elsewhere', [{ title: 'Anies Bakal Ikuti Pertemuan Urban 20', date: '2018-10-24', listedIn: 'other' }]),
    citing('u20', [{ title: 'Anies Bakal Ikuti Pertemuan Urban 20', date: '2018-10-24', listedIn: 'summit' }], 'U20 2018'),
  ];
  const found = relatedOnSite(summit, [concert, summit], engagements);

  it('links the site’s own article of the same title and day, whatever the spacing and case', () => {
    assert.deepEqual(found[0], { title: 'Jakarta-Casablanca  perkuat sister city melalui musik', date: '2018-07-29', article: 'concert' });
  });

  it('else names the engagement citing the headline, preferring the one that says this article listed it', () => {
    assert.deepEqual(found[1]?.engagement, { id: 'keynote', name: { id: 'Keynote 2018', en: 'Keynote 2018' } });
    assert.equal(found[2]?.engagement?.id, 'u20');
  });

  it('keeps a headline the site has nowhere as text, and matches nothing on another day', () => {
    assert.deepEqual(found[3], { title: 'A headline the site has nowhere' });
    const otherDay = article('x', 'X', '2019-01-01', [{ title: 'Jakarta-Casablanca Perkuat Sister City Melalui Musik', date: '2019-07-29' }]);
    assert.deepEqual(relatedOnSite(otherDay, [concert, otherDay], engagements), [{ title: 'Jakarta-Casablanca Perkuat Sister City Melalui Musik', date: '2019-07-29' }]);
  });

  it('matches the day of an article whose date has its time, as one read from a dateline does', () => {
    const timed = article('timed', 'Atasi Persoalan Perkotaan', '2022-11-21T09:46:00+07:00');
    const listing = article('listing', 'L', '2022-11-25', [{ title: 'Atasi Persoalan Perkotaan', date: '2022-11-21' }]);
    assert.equal(relatedOnSite(listing, [timed, listing], [])[0]?.article, 'timed');
  });

  it('names an engagement without a short title by its title', () => {
    const lone = article('lone', 'L', '2018-10-01', [{ title: 'Anies Bakal Ikuti Pertemuan Urban 20' }]);
    assert.deepEqual(relatedOnSite(lone, [lone], [engagements[1]!])[0]?.engagement, { id: 'elsewhere', name: { id: 'Judul elsewhere', en: 'Title elsewhere' } });
  });
});
