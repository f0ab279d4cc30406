import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { didYouMean, editDistance, nearestName } from '../../../scripts/ingest/nearest-name.ts';

const IDS = ['uclg', 'uclg-aspac', 'c40', 'g20', 'u20', 'casablanca', 'buenos-aires', 'beritajakarta', 'sindonews'];

test('a slip of the hand finds the id it missed: a letter swapped, dropped, added or changed, or another case', () => {
  assert.equal(nearestName('ucgl', IDS), 'uclg');
  assert.equal(nearestName('c-40', IDS), 'c40');
  assert.equal(nearestName('beritajakrta', IDS), 'beritajakarta');
  assert.equal(nearestName('kasablanca', IDS), 'casablanca');
  assert.equal(nearestName('Buenos-Aires', IDS), 'buenos-aires');
});

test('another word, or a slip two ids are equally near, suggests nothing', () => {
  assert.equal(nearestName('kompas', IDS), undefined);
  assert.equal(nearestName('jakarta', IDS), undefined);
  // "g40" is one edit from both c40 and g20: either could be meant.
  assert.equal(nearestName('g40', IDS), undefined);
});

test('an id and a name the same but for case are one candidate, not a tie', () => {
  assert.equal(nearestName('sindonwes', ['sindonews', 'SINDOnews', 'beritajakarta', 'Berita Jakarta']), 'sindonews');
});

test('a short id allows one edit, a long one two', () => {
  assert.equal(nearestName('x4o', ['c40']), undefined);
  assert.equal(nearestName('smart-city-keynote-casablanka-2019', ['smart-city-keynote-casablanca-2018']), 'smart-city-keynote-casablanca-2018');
  assert.equal(nearestName('smart-city-keynote-rabat-2019', ['smart-city-keynote-casablanca-2018']), undefined);
});

test('a message gets the suggestion in brackets, or nothing', () => {
  assert.equal(didYouMean('ucgl', IDS), ' (did you mean "uclg"?)');
  assert.equal(didYouMean('kompas', IDS), '');
});

/** Optimal string alignment distance over the whole matrix, as the textbook gives it. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

test('the distance worked out near the diagonal only is the whole matrix’s, up to the cap', () => {
  // A small alphabet, so that slips, swaps and near misses are common.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 14 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 1, max: 5 }), (a, b, cap) => {
      assert.equal(editDistance(a, b, cap), Math.min(fullDistance(a, b), cap));
    }),
    { numRuns: 5000 },
  );
});
