import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageSources } from '../../../src/lib/engagement-sources.ts';
import type { Coverage } from '../../../src/lib/timeline.ts';

const article = (id: string, date: string): Coverage => ({ type: 'article', id, title: { text: id, lang: 'id' }, date });
const report = (publisher: string, date?: string): Coverage => ({ type: 'report', publisher, ...(date ? { date } : {}) });
const names = (items: readonly Coverage[]) => items.map((item) => (item.type === 'article' ? item.id : item.type === 'report' ? item.publisher : item.title));

describe('pageSources', () => {
  const coverage = [article('a1', '2018-10-30'), report('detik.com', '2018-10-31'), article('a2', '2018-11-02'), article('a3', '2018-12-01'), report('liputanindo.id')];

  it('keeps every cited source and the first articles, in their order', () => {
    const { shown, articlesLeft } = pageSources(coverage, 2);
    assert.deepEqual(names(shown), ['a1', 'detik.com', 'a2', 'liputanindo.id']);
    assert.equal(articlesLeft, 1);
  });

  it('keeps everything when the articles fit', () => {
    assert.deepEqual(pageSources(coverage, 3), { shown: coverage, articlesLeft: 0 });
  });
});
