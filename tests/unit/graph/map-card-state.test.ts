import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestWithin, nextCards, type CardEvent, type Cards } from '../../../src/browser/map-card-state.ts';

describe('the dot a pointer takes on the partner map', () => {
  // Barcelona and Madrid as a 360 px screen draws them, in the map's units (2.9 to a pixel): 14 apart.
  const dots = [
    { id: 'barcelona', x: 475, y: 120 },
    { id: 'madrid', x: 462, y: 125 },
    { id: 'sydney', x: 865, y: 369 },
  ];

  it('is the nearest within reach, whichever was drawn last', () => {
    assert.equal(nearestWithin(dots, { x: 470, y: 121 }, 64)?.id, 'barcelona');
    assert.equal(nearestWithin(dots, { x: 466, y: 124 }, 64)?.id, 'madrid');
    assert.equal(nearestWithin([...dots].reverse(), { x: 470, y: 121 }, 64)?.id, 'barcelona');
  });

  it('reaches a dot from well outside its mark, and none from farther than the reach', () => {
    assert.equal(nearestWithin(dots, { x: 865, y: 369 + 60 }, 64)?.id, 'sydney');
    assert.equal(nearestWithin(dots, { x: 865, y: 369 + 70 }, 64), undefined);
    assert.equal(nearestWithin([], { x: 0, y: 0 }, 64), undefined);
  });
});

describe('which city card the partner map shows', () => {
  const run = (...events: CardEvent[]): Cards => events.reduce(nextCards, {});
  const point = (near: string | undefined, onOpen = false, rested = false): CardEvent => ({ type: 'point', near, onOpen, rested });

  it('a tap near a dot opens its card, a tap near another moves it there, and one far from every dot closes it', () => {
    assert.deepEqual(run({ type: 'tap', near: 'casablanca' }), { open: 'casablanca' });
    assert.deepEqual(run({ type: 'tap', near: 'casablanca' }, { type: 'tap', near: 'rotterdam' }), { open: 'rotterdam' });
    assert.deepEqual(run({ type: 'tap', near: 'casablanca' }, { type: 'tap' }), {});
  });

  it('the mouse opens the card of the dot it nears, and the card stays as it crosses the map and other dots to reach it', () => {
    const opened = run(point('casablanca'));
    assert.deepEqual(opened, { open: 'casablanca' });
    assert.deepEqual(run(point('casablanca'), point(undefined), point('rabat'), point('lisbon'), point('rabat', true)), opened);
  });

  it('the mouse moves the card to another city once it rests near that one', () => {
    assert.deepEqual(run(point('casablanca'), point('rotterdam', false, true)), { open: 'rotterdam' });
    // On the open card, a dot under it does not take over, however long the pointer stays.
    assert.deepEqual(run(point('casablanca'), point('rotterdam', true, true)), { open: 'casablanca' });
  });

  it('Escape puts the card away until the pointer has left its city, or the focus its link', () => {
    const escaped = run(point('casablanca'), { type: 'escape' });
    assert.equal(escaped.open, undefined);
    assert.deepEqual(nextCards(escaped, point('casablanca', false, true)), escaped);
    assert.deepEqual(run(point('casablanca'), { type: 'escape' }, point(undefined), point('casablanca')), { open: 'casablanca' });
    assert.deepEqual(run({ type: 'focus', city: 'casablanca' }, { type: 'escape' }, { type: 'blur', city: 'casablanca' }, { type: 'focus', city: 'casablanca' }), { open: 'casablanca' });
    assert.deepEqual(run(point('casablanca'), { type: 'escape' }, point('rotterdam')), { open: 'rotterdam' });
  });

  it('focus opens its city card and losing it closes it; the pointer leaving the map closes any', () => {
    assert.deepEqual(run({ type: 'focus', city: 'casablanca' }), { open: 'casablanca' });
    assert.deepEqual(run({ type: 'focus', city: 'casablanca' }, { type: 'blur', city: 'casablanca' }), {});
    assert.deepEqual(run({ type: 'tap', near: 'rotterdam' }, { type: 'blur', city: 'casablanca' }), { open: 'rotterdam' });
    assert.deepEqual(run(point('casablanca'), { type: 'leave' }), {});
  });
});
