import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archiveCounts, archiveSections, generatedAt } from '../../../src/lib/archive.ts';
import { buildTimeline, type ArticleInput, type EngagementInput } from '../../../src/lib/timeline.ts';

const engagement = (id: string, start: string, partners: string[]): EngagementInput => ({
  id,
  data: {
    start,
    kind: 'summit',
    place: 'buenos-aires',
    partners,
    title: { id: `Judul ${id}`, en: `Title ${id}` },
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    sources: [{ type: 'report', publisher: 'Example', url: 'https://example.org/a' }],
  },
});

const article = (id: string, date: string, engagementId?: string): ArticleInput => ({
  id,
  data: {
    id,
    title: `Artikel ${id}`,
    date,
    lang: 'id',
    cities: ['jakarta', 'paris'],
    organisations: ['c40'],
    related: [],
    source: `${id}.txt`,
    hash: '0123456789abcdef',
    ...(engagementId ? { engagement: engagementId } : {}),
  },
});

describe('archive sections', () => {
  const engagements = [engagement('summit', '2018-10-29', ['c40', 'paris', 'uclg']), engagement('meeting', '2022-11-18', ['c40'])];
  const articles = [article('b', '2018-10-31', 'summit'), article('a', '2018-10-30', 'summit'), article('lone', '2020-01-01')];
  const sections = archiveSections(buildTimeline(engagements, articles, 'en'));

  it('follows the timeline, each engagement with its articles oldest first, a lone article on its own', () => {
    assert.deepEqual(
      sections.map((s) => [s.entry.id, s.articles]),
      [
        ['summit', ['a', 'b']],
        ['lone', ['lone']],
        ['meeting', []],
      ],
    );
  });

  it('counts engagements, articles, sources and the partners by kind', () => {
    const cities = new Set(['paris', 'jakarta']);
    const organisations = new Set(['c40', 'uclg']);
    const counts = archiveCounts(sections, (id) => (cities.has(id) ? true : organisations.has(id) ? false : undefined));
    // The lone article's partners are the entities it mentions, Jakarta aside.
    assert.deepEqual(counts, { engagements: 2, articles: 3, sources: 5, cities: 1, organisations: 2 });
  });
});

describe('generatedAt', () => {
  it('honours SOURCE_DATE_EPOCH so a rebuild can give the same files', () => {
    assert.equal(generatedAt({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString(), '2023-11-14T22:13:20.000Z');
  });

  it('is the current time when it is unset or empty', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    assert.equal(generatedAt({}, () => now), now);
    assert.equal(generatedAt({ SOURCE_DATE_EPOCH: '' }, () => now), now);
  });

  it('stops at a malformed epoch, saying what it must be', () => {
    for (const epoch of ['yesterday', '1.7e9', '-1']) {
      assert.throws(() => generatedAt({ SOURCE_DATE_EPOCH: epoch }), new RegExp(`SOURCE_DATE_EPOCH is "${epoch.replace('.', '\\.')}", not a whole number of seconds.*git log -1 --format=%ct`));
    }
  });
});
