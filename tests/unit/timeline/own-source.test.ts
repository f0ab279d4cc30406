import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownSource } from '../../../src/lib/own-source.ts';
import { buildTimeline, type ArticleInput, type EngagementInput } from '../../../src/lib/timeline.ts';

const article = (id: string, engagement?: string): ArticleInput => ({
  id,
  data: { id, title: `Artikel ${id}`, date: '2018-10-30T09:00:00+07:00', lang: 'id', publisher: 'Berita Jakarta', cities: [], organisations: [], related: [], source: `${id}.txt`, hash: '0123456789abcdef', ...(engagement ? { engagement } : {}) },
  titles: { en: `Article ${id}` },
});

const summit: EngagementInput = {
  id: 'summit',
  data: { start: '2018-10-30', kind: 'summit', place: 'jakarta', partners: [], title: { id: 'KTT', en: 'Summit' }, summary: { id: 'Ringkasan.', en: 'Summary.' }, sources: [] },
};

describe('an entry’s own source', () => {
  const timeline = buildTimeline([summit], [article('alone'), article('other'), article('joined', 'summit')], 'en');
  const entry = (id: string) => timeline.find((e) => e.id === id)!;

  it('is the article a stand-alone entry is, with what the entry does not show: publisher, time and title as published', () => {
    const own = ownSource(entry('alone'));
    assert.equal(own?.id, 'alone');
    assert.equal(own?.publisher, 'Berita Jakarta');
    assert.deepEqual(own?.original, { text: 'Artikel alone', lang: 'id' });
  });

  it('is none for an engagement, even one with a single article', () => {
    assert.equal(entry('summit').coverage.length, 1);
    assert.equal(ownSource(entry('summit')), undefined);
  });

  it('is none when an entry lists other sources than itself', () => {
    const alone = entry('alone');
    assert.equal(ownSource({ ...alone, coverage: [...alone.coverage, { type: 'report', publisher: 'UCLG' }] }), undefined);
    assert.equal(ownSource({ ...alone, coverage: entry('other').coverage }), undefined);
  });
});
