import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageSources } from '../../../src/lib/engagement-sources.ts';
import type { Coverage } from '../../../src/lib/timeline.ts';

const article = (id: string, date: string, cited = false): Coverage => ({ type: 'article', id, title: { text: id, lang: 'id' }, date, ...(cited ? { cited: true as const } : {}) });
const report = (publisher: string, date?: string): Coverage => ({ type: 'report', publisher, ...(date ? { date } : {}) });
const names = (items: readonly Coverage[]) => items.map((item) => (item.type === 'article' ? item.id : item.type === 'report' ? item.publisher : item.title));

describe('pageSources', () => {
  const coverage = [
    article('early', '2015-03-01'),
    article('before', '2018-10-24'),
    report('detik.com', '2018-10-31'),
    article('panelist', '2018-11-01', true),
    article('after', '2018-11-05'),
    article('later', '2019-06-01'),
    report('liputanindo.id'),
  ];

  it('lists the sources the summary cites apart, first, an article among them, whatever their dates', () => {
    const { cited } = pageSources(coverage, '2018-10-29', 2);
    assert.deepEqual(names(cited), ['detik.com', 'panelist', 'liputanindo.id']);
    assert.deepEqual(names(pageSources(coverage, '2015-03-01', 0).cited), ['detik.com', 'panelist', 'liputanindo.id']);
  });

  it('keeps the other articles nearest the event, in their order, and names the rest in theirs', () => {
    const { articles, left } = pageSources(coverage, '2018-10-29', 2);
    assert.deepEqual(names(articles), ['before', 'after']);
    assert.deepEqual(left, ['early', 'later']);
  });

  it('takes the earlier of two articles as near', () => {
    assert.deepEqual(names(pageSources(coverage, '2018-10-30', 1).articles), ['before']);
  });

  it('keeps everything when the articles fit', () => {
    const { cited, articles, left } = pageSources(coverage, '2018-10-29', 4);
    assert.deepEqual([...cited, ...articles].length, coverage.length);
    assert.deepEqual(left, []);
  });
});
