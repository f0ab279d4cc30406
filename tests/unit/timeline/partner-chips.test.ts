import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shownPartners } from '../../../src/lib/partner-chips.ts';

const partners = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('the partners an entry shows', () => {
  it('are all shown while they fit', () => {
    const { shown, more } = shownPartners(partners('berlin', 'c40', 'seoul'), 3);
    assert.deepEqual([ids(shown), more], [['berlin', 'c40', 'seoul'], 0]);
  });

  it('are cut to the most a widget shows, and say how many more the entry’s page lists', () => {
    const { shown, more } = shownPartners(partners('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q'), 3);
    assert.deepEqual([ids(shown), more], [['a', 'b', 'c'], 14]);
  });

  it('show one partner over the limit rather than count it', () => {
    const { shown, more } = shownPartners(partners('a', 'b', 'c', 'd'), 3);
    assert.deepEqual([ids(shown), more], [['a', 'b', 'c', 'd'], 0]);
  });

  it('lead with those given, in their order, then the rest in theirs', () => {
    // A page's partner (none here), then those a news item's headline names.
    const { shown, more } = shownPartners(partners('a', 'b', 'c', 'd', 'e', 'f', 'g', 'rome', 'z'), 6, [undefined, 'rome', 'z']);
    assert.deepEqual([ids(shown), more], [['rome', 'z', 'a', 'b', 'c', 'd'], 3]);
  });

  it('start with the partner the widget is filtered by, wherever it sorts', () => {
    const { shown, more } = shownPartners(partners('a', 'b', 'c', 'd', 'e', 'f', 'seoul', 'z'), 3, ['seoul']);
    assert.deepEqual([ids(shown), more], [['seoul', 'a', 'b'], 5]);
  });
});
