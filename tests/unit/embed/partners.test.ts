import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedPartners } from '../../../src/lib/embed-partners.ts';

const partners = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('a widget entry’s partners', () => {
  it('are all shown while they fit', () => {
    const { shown, more } = embedPartners(partners('berlin', 'c40', 'seoul'), 3);
    assert.deepEqual([ids(shown), more], [['berlin', 'c40', 'seoul'], 0]);
  });

  it('are cut to the most a widget shows, and say how many more the entry’s page lists', () => {
    const { shown, more } = embedPartners(partners('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q'), 3);
    assert.deepEqual([ids(shown), more], [['a', 'b', 'c'], 14]);
  });

  it('show one partner over the limit rather than count it', () => {
    const { shown, more } = embedPartners(partners('a', 'b', 'c', 'd'), 3);
    assert.deepEqual([ids(shown), more], [['a', 'b', 'c', 'd'], 0]);
  });

  it('start with the partner the widget is filtered by, wherever it sorts', () => {
    const { shown, more } = embedPartners(partners('a', 'b', 'c', 'd', 'e', 'f', 'seoul', 'z'), 3, 'seoul');
    assert.deepEqual([ids(shown), more], [['seoul', 'a', 'b'], 5]);
  });
});
