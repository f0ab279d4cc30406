import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGraphKey, nodeForKey, tabStop } from '../../../src/browser/network-keys.ts';

describe('where the keys take the focus in the network picture', () => {
  // y grows downwards, as in the drawing.
  const at = (id: string, x: number, y: number) => ({ id, x, y });
  const centre = at('centre', 0, 0);
  const points = [centre, at('right', 10, 0), at('far-right', 30, 1), at('up-right', 4, -4), at('below', 0, 8), at('left', -20, 3)];
  const go = (key: string, from = centre, among = points) => nodeForKey(key, from, among)?.id;

  it('an arrow goes to the nearest node within 45° of its direction', () => {
    assert.equal(go('ArrowRight'), 'up-right');
    assert.equal(go('ArrowDown'), 'below');
    assert.equal(go('ArrowLeft'), 'left');
    assert.equal(go('ArrowUp'), 'up-right');
  });

  it('prefers a node straight ahead to a nearer one well off to the side', () => {
    const side = [centre, at('ahead', 10, 0), at('aside', 3, 5)];
    assert.equal(go('ArrowRight', centre, side), 'ahead');
  });

  it('reaches a node off to the side when none lies within 45°, and none behind', () => {
    const side = [centre, at('aside', 3, 5), at('behind', -1, 0)];
    assert.equal(go('ArrowRight', centre, side), 'aside');
    assert.equal(go('ArrowUp', centre, side), undefined);
  });

  it('goes nowhere from the edge of the picture, nor by arrow without a node to start from', () => {
    assert.equal(go('ArrowRight', at('edge', 100, 0)), undefined);
    assert.equal(nodeForKey('ArrowRight', undefined, points), undefined);
  });

  it('Home and End go to the nodes furthest to the top left and to the bottom right', () => {
    assert.equal(go('Home'), 'left');
    assert.equal(go('End'), 'far-right');
    assert.equal(nodeForKey('Home', undefined, points)?.id, 'left');
    assert.equal(nodeForKey('End', centre, []), undefined);
  });

  it('knows its keys from the others', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) assert.ok(isGraphKey(key), key);
    for (const key of ['Enter', 'Escape', 'Tab', 'a', 'PageDown']) assert.ok(!isGraphKey(key), key);
  });
});

describe("the picture's one Tab stop", () => {
  const nodes = ['a', 'b', 'jakarta', 'c'];
  it('is the node last in focus while it is shown, then the preferred one, then the first shown', () => {
    const shownBut = (...hidden: string[]) => (n: string) => !hidden.includes(n);
    assert.equal(tabStop(nodes, shownBut(), 'c', 'jakarta'), 'c');
    assert.equal(tabStop(nodes, shownBut('c'), 'c', 'jakarta'), 'jakarta');
    assert.equal(tabStop(nodes, shownBut('c', 'jakarta'), 'c', 'jakarta'), 'a');
    assert.equal(tabStop(nodes, shownBut(), undefined, 'jakarta'), 'jakarta');
    assert.equal(tabStop(nodes, () => false, 'c', 'jakarta'), undefined);
  });
});
