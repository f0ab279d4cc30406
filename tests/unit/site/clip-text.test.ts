import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipAtWord } from '../../../src/lib/clip-text.ts';

describe('clipAtWord', () => {
  it('keeps text that fits whole, on one line', () => {
    assert.equal(clipAtWord('the quick\n brown fox', 20), 'the quick brown fox');
  });

  it('keeps every whole word that fits beside the ellipsis, the last one too', () => {
    assert.equal(clipAtWord('the quick brown fox jumps', 20), 'the quick brown fox…');
    assert.equal(clipAtWord('the quick brown foxes jump', 20), 'the quick brown…');
  });

  it('never goes past the limit, ellipsis included, and drops punctuation left at the cut', () => {
    for (let max = 8; max <= 30; max++) assert.ok(Array.from(clipAtWord('Jakarta, Casablanca – and Buenos Aires: three cities', max)).length <= max, String(max));
    assert.equal(clipAtWord('Jakarta, Casablanca and more', 10), 'Jakarta…');
  });

  it('cuts through a first word too long to leave anything readable', () => {
    assert.equal(clipAtWord('Pemerintahprovinsidkijakarta bertemu', 12), 'Pemerintahp…');
  });
});
