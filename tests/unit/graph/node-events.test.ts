import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventsByNode } from '../../../src/lib/graph/node-events.ts';

const sorted = (events: Map<string, Set<string>>) => Object.fromEntries([...events].map(([id, set]) => [id, [...set].sort()]));

describe('eventsByNode', () => {
  it('gives an event itself, a partner the events it joins, and a parent its members’ however deep', () => {
    const nodes = [
      { id: 'summit', type: 'engagement' },
      { id: 'report', type: 'article' },
      { id: 'paris', type: 'city' },
      { id: 'aspac', type: 'organisation' },
      { id: 'uclg', type: 'organisation' },
      { id: 'world', type: 'organisation' },
    ];
    // The grandparent's line comes first: the count goes on until nothing changes, whatever the order.
    const edges = [
      { source: 'uclg', target: 'world', partOf: true },
      { source: 'aspac', target: 'uclg', partOf: true },
      { source: 'paris', target: 'summit', partOf: false },
      { source: 'aspac', target: 'report', partOf: false },
      { source: 'uclg', target: 'summit', partOf: false },
    ];
    assert.deepEqual(sorted(eventsByNode(nodes, edges)), {
      summit: ['summit'],
      report: ['report'],
      paris: ['summit'],
      aspac: ['report'],
      uclg: ['report', 'summit'],
      world: ['report', 'summit'],
    });
  });
});
