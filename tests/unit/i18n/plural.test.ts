import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useCounted, useCountedText } from '../../../src/i18n/plural.ts';

describe('counted texts', () => {
  it('take the singular where English calls the count one, the plural for any other', () => {
    const counted = useCounted('en');
    assert.equal(counted('network.links', 1), 'link');
    for (const n of [0, 2, 11, 1.5]) assert.equal(counted('network.links', n), 'links');
    assert.equal(counted('source.more', 1).replace('{n}', '1'), 'and 1 more source');
    assert.equal(counted('search.results', 1), '{n} result for “{q}”');
    assert.equal(useCountedText('en')('about.sourcesCount', 1), '1 source is cited on this site:');
    assert.equal(useCountedText('en')('about.sourcesCount', 1300), '1,300 sources are cited on this site:');
  });

  it('keep one form in Indonesian, whose nouns do not change with the count', () => {
    const counted = useCounted('id');
    assert.equal(counted('network.links', 1), counted('network.links', 7));
    assert.equal(counted('source.more', 1), 'dan {n} sumber lainnya');
  });
});
