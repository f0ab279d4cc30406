import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTimeline, type ArticleInput, type EngagementInput } from '../../../src/lib/timeline.ts';

const article = (id: string): ArticleInput => ({
  id,
  data: { id, title: `Artikel ${id}`, date: '2018-10-30', lang: 'id', cities: [], organisations: [], related: [], source: `${id}.txt`, hash: '0123456789abcdef' },
});

const headline = (title: string, listedIn: string) => ({ type: 'headline' as const, title, publisher: 'Berita Jakarta', date: '2018-07-29', lang: 'id' as const, listedIn });

const concert: EngagementInput = {
  id: 'concert',
  data: {
    start: '2018-07-29',
    kind: 'cultural-exchange',
    place: 'jakarta',
    partners: [],
    title: { id: 'Konser', en: 'Concert' },
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    sources: [headline('Listed on an ingested article', 'u20'), headline('Listed on an article the corpus lacks', 'gone')],
  },
};

describe('an engagement’s headline sources', () => {
  it('name the ingested article that lists them, and only an ingested one', () => {
    const [entry] = buildTimeline([concert], [article('u20')], 'en').filter((e) => e.type === 'engagement');
    const headlines = entry!.coverage.filter((c) => c.type === 'headline');
    assert.deepEqual(
      headlines.map((h) => [h.title, h.listedIn]),
      [
        ['Listed on an ingested article', { id: 'u20', title: { text: 'Artikel u20', lang: 'id' } }],
        ['Listed on an article the corpus lacks', undefined],
      ],
    );
  });
});

describe('a headline source read elsewhere', () => {
  it('says what the site takes from it, in the page’s language', () => {
    const cited: EngagementInput = {
      ...concert,
      data: { ...concert.data, sources: [{ ...headline('Tanggal KTT', 'gone'), citedFor: { id: 'tanggal KTT', en: 'the summit’s dates' } }] },
    };
    for (const [lang, said] of [['en', 'the summit’s dates'], ['id', 'tanggal KTT']] as const) {
      const [entry] = buildTimeline([cited], [], lang);
      assert.equal(entry!.coverage[0]?.type === 'headline' ? entry!.coverage[0].citedFor : undefined, said);
    }
  });

  it('keeps the address where its story was read', () => {
    const url = 'https://example.org/read/63179';
    const read: EngagementInput = { ...concert, data: { ...concert.data, sources: [{ ...headline('Tanggal KTT', 'u20'), url }] } };
    const [entry] = buildTimeline([read], [article('u20')], 'en').filter((e) => e.type === 'engagement');
    assert.deepEqual(entry!.coverage.map((c) => (c.type === 'headline' ? [c.listedIn?.id, c.url] : [])), [['u20', url]]);
  });
});

describe('an engagement’s article sources', () => {
  it('stand for the ingested article of that title only once, whatever its spacing and case', () => {
    const joined: ArticleInput = { ...article('u20'), data: { ...article('u20').data, title: 'Anies Jadi Panelis di U20', engagement: 'concert' } };
    const cited: EngagementInput = {
      ...concert,
      data: { ...concert.data, sources: [{ type: 'article', title: 'Anies jadi panelis  di U20', publisher: 'Berita Jakarta', date: '2018-10-30', lang: 'id' }] },
    };
    const [entry] = buildTimeline([cited], [joined], 'en').filter((e) => e.type === 'engagement');
    assert.deepEqual(entry!.coverage.map((c) => c.type), ['article']);
  });

  it('mark the ingested article they name as cited, and no other that joined', () => {
    const joined = (id: string, title: string): ArticleInput => ({ ...article(id), data: { ...article(id).data, title, engagement: 'concert' } });
    const cited: EngagementInput = {
      ...concert,
      data: { ...concert.data, sources: [{ type: 'article', title: 'Anies jadi panelis  di U20', publisher: 'Berita Jakarta', date: '2018-10-30', lang: 'id' }] },
    };
    const [entry] = buildTimeline([cited], [joined('u20', 'Anies Jadi Panelis di U20'), joined('other', 'Berita lain')], 'en').filter((e) => e.type === 'engagement');
    assert.deepEqual(entry!.coverage.map((c) => (c.type === 'article' ? [c.id, c.cited] : [])), [['u20', true], ['other', undefined]]);
  });
});
