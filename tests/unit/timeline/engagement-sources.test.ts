import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageSources } from '../../../src/lib/engagement-sources.ts';
import type { Coverage } from '../../../src/lib/timeline.ts';

const article = (id: string, date: string): Coverage => ({ type: 'article', id, title: { text: id, lang: 'id' }, date });
const report = (publisher: string, date?: string): Coverage => ({ type: 'report', publisher, ...(date ? { date } : {}) });
const names = (items: readonly Coverage[]) => items.map((item) => (item.type === 'article' ? item.id : item.type === 'report' ? item.publisher : item.title));

describe('pageSources', () => {
  const coverage = [
    article('early', '2015-03-01'),
    article('before', '2018-10-24'),
    report('detik.com', '2018-10-31'),
    article('after', '2018-11-05'),
    article('later', '2019-06-01'),
    report('liputanindo.id'),
  ];

  it('keeps every cited source and the articles nearest the event, in their order', () => {
    const { shown, articlesLeft } = pageSources(coverage, '2018-10-29', 2);
    assert.deepEqual(names(shown), ['before', 'detik.com', 'after', 'liputanindo.id']);
    assert.equal(articlesLeft, 2);
  });

  it('takes the earlier of two articles as near', () => {
    assert.deepEqual(names(pageSources(coverage, '2018-10-30', 1).shown), ['before', 'detik.com', 'liputanindo.id']);
  });

  it('keeps everything when the articles fit', () => {
    assert.deepEqual(pageSources(coverage, '2018-10-29', 4), { shown: coverage, articlesLeft: 0 });
  });
});
