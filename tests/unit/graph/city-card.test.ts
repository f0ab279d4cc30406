import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { cityCardLines } from '../../../src/lib/graph/city-card.ts';
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
