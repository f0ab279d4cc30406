import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatList, listParts } from '../../../src/lib/lists-and-numbers.ts';

describe('listParts', () => {
  const links = [{ href: '/a' }, { href: '/b' }, { href: '/c' }];
  const asText = (parts: readonly (string | { href: string })[]) => parts.map((p) => (typeof p === 'string' ? p : p.href)).join('');

  it('joins things that are not text with the words formatList puts between texts', () => {
    for (const lang of ['en', 'id'] as const) assert.equal(asText(listParts(links, lang)), formatList(['/a', '/b', '/c'], lang));
    assert.deepEqual(listParts(links, 'id'), [links[0], ', ', links[1], ', dan ', links[2]]);
  });

  it('gives the thing itself for a list of one, and nothing for none', () => {
    assert.deepEqual(listParts(links.slice(0, 1), 'en'), [links[0]]);
    assert.deepEqual(listParts([], 'en'), []);
  });
});
