import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexEntities } from '../../../src/lib/entities.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { articleTitle, buildTimeline, type ArticleInput } from '../../../src/lib/timeline.ts';

/** An English original the project has translated into Indonesian, as the article page shows it in each language. */
const english: ArticleInput = {
  id: 'u20-panel',
  data: { id: 'u20-panel', title: 'Anies joins the U20 panel', date: '2018-10-30', lang: 'en', cities: [], organisations: [], related: [], source: 'u20-panel.txt', hash: '0123456789abcdef' },
  titles: { id: 'Anies jadi panelis U20' },
};

describe('an article’s title outside its own page', () => {
  it('is its translation’s in a language it was translated into, whichever language that is', () => {
    assert.deepEqual(articleTitle(english, 'id'), { text: 'Anies jadi panelis U20', lang: 'id' });
    assert.deepEqual(articleTitle(english, 'en'), { text: 'Anies joins the U20 panel', lang: 'en' });
  });

  it('is the same in the timeline, its coverage and the graph', () => {
    const [entry] = buildTimeline([], [english], 'id');
    assert.deepEqual([entry!.title, entry!.coverage[0]!.title], [{ text: 'Anies jadi panelis U20', lang: 'id' }, { text: 'Anies jadi panelis U20', lang: 'id' }]);
    const [node] = buildGraph({ entities: indexEntities([]), engagements: [], articles: [english] }).nodes;
    assert.deepEqual(node!.name, { id: 'Anies jadi panelis U20', en: 'Anies joins the U20 panel' });
  });
});
