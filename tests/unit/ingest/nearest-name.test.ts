import assert from 'node:assert/strict';
import { test } from 'node:test';
import { didYouMean, nearestName } from '../../../scripts/ingest/nearest-name.ts';

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
