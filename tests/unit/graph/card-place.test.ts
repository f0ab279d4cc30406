import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardOffset } from '../../../src/lib/graph/card-place.ts';

const map = { width: 960, height: 500 };
const card = { width: 300, height: 100 };

test('a card opens right of and below its dot where it fits there', () => {
  assert.deepEqual(cardOffset({ x: 100, y: 100 }, card, map), { dx: 10, dy: 10 });
});

test('a card opens left of or above its dot where only that side has room', () => {
  assert.deepEqual(cardOffset({ x: 900, y: 450 }, card, map), { dx: -310, dy: -110 });
});

test('a card that fits on neither side stays on the map, centred on its dot as far as it can', () => {
  // Montreal on a map narrower than twice the card: it ran past the left edge.
  const narrow = { width: 500, height: 500 };
  const { dx } = cardOffset({ x: 230, y: 100 }, card, narrow);
  assert.ok(230 + dx >= 0 && 230 + dx + card.width <= narrow.width, String(dx));
  assert.equal(dx, -150);
  assert.equal(cardOffset({ x: 20, y: 100 }, { width: 490, height: 100 }, narrow).dx, -20);
});
