import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { cityCardLines, shownCardLines } from '../../../src/lib/graph/city-card.ts';
import type { GraphNode } from '../../../src/lib/graph/model.ts';
import { cityNode } from './city-node.ts';

const article = (n: number): GraphNode => ({
  id: `2020-01-01-artikel-${n}`,
  type: 'article',
  name: { id: `Artikel ${n}`, en: `Article ${n}` },
  kind: 'article',
  degree: 1,
  events: [`2020-01-01-artikel-${n}`],
  years: [2020],
});

// Events of a large graph's city that the network does not draw: the card must still name them.
const articles = Array.from({ length: 1004 }, (_, n) => article(n));
const city: GraphNode = { ...cityNode('casablanca'), name: { id: 'Casablanca', en: 'Casablanca' }, country: 'MA', events: articles.map((a) => a.id) };
const nodes = new Map([city, ...articles].map((n) => [n.id, n]));

test('a city card names its first events by title and counts the rest in the reader’s language', () => {
  assert.deepEqual(cityCardLines(city, nodes, 'en', en['network.more']), [
    'Casablanca, Morocco',
    '· Article 0',
    '· Article 1',
    '· Article 2',
    '· Article 3',
    '· and 1,000 more',
  ]);
  assert.deepEqual(cityCardLines(city, nodes, 'id', id['network.more']).at(-1), '· dan 1.000 lainnya');
  assert.equal(cityCardLines(city, nodes, 'id', id['network.more'])[0], 'Casablanca, Maroko');
});

test('a city with few events lists them all, with no count', () => {
  const few = { ...city, events: articles.slice(0, 2).map((a) => a.id) };
  assert.deepEqual(cityCardLines(few, nodes, 'en', en['network.more']), ['Casablanca, Morocco', '· Article 0', '· Article 1']);
});

test('a city card lists the city’s engagements before its stand-alone articles', () => {
  const summit: GraphNode = { ...article(9999), id: 'u20-summit', type: 'engagement', kind: 'summit', name: { id: 'KTT U20', en: 'U20 summit' }, events: ['u20-summit'] };
  const withSummit = { ...city, events: [...articles.slice(0, 5).map((a) => a.id), summit.id] };
  const lines = cityCardLines(withSummit, new Map([...nodes, [summit.id, summit]]), 'en', en['network.more']);
  assert.deepEqual(lines.slice(1), ['· U20 summit', '· Article 0', '· Article 1', '· Article 2', '· and 2 more']);
});

test('a card shows each line cut after a whole word, the bold name shorter', () => {
  const long = 'Jakarta and Buenos Aires discuss cooperation in vocational education (3883)';
  assert.deepEqual(shownCardLines(['Casablanca, Morocco', `· ${long}`]), ['Casablanca, Morocco', '· Jakarta and Buenos Aires discuss…']);
  assert.ok(shownCardLines([long])[0]!.length <= 34);
});
