import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventGroups } from '../../../src/lib/graph/event-groups.ts';

const summit = { id: 'summit', type: 'engagement' };
const forum = { id: 'forum', type: 'engagement' };
const report = { id: 'report', type: 'article' };

describe('eventGroups', () => {
  it('puts the engagements first and the stand-alone articles after, each under its kind', () => {
    assert.deepEqual(eventGroups([report, summit, forum]), [
      { type: 'engagement', events: [summit, forum] },
      { type: 'article', events: [report] },
    ]);
  });

  it('keeps one kind as a flat list, with no heading that would only repeat the label', () => {
    assert.deepEqual(eventGroups([summit, forum]), [{ events: [summit, forum] }]);
    assert.deepEqual(eventGroups([report]), [{ events: [report] }]);
    assert.deepEqual(eventGroups([]), [{ events: [] }]);
  });
});
