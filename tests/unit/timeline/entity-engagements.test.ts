import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityEngagements } from '../../../src/lib/entity-engagements.ts';
import type { TimelineEntry } from '../../../src/lib/timeline.ts';

const entry = (id: string, partners: string[], more: Partial<TimelineEntry> = {}): TimelineEntry => ({
  type: 'engagement',
  id,
  start: '2022-11-18',
  kind: 'partner-meeting',
  place: 'jakarta',
  title: { text: id, lang: 'en' },
  partners,
  coverage: [],
  ...more,
});

const iclei = 'iclei';
const branches = [{ id: 'iclei-indonesia' }, { id: 'iclei-east-asia' }];

describe('an entity’s engagements', () => {
  const timeline = [
    entry('summit', [iclei, 'iclei-indonesia']),
    entry('meeting', ['iclei-indonesia', 'c40']),
    entry('forum', ['iclei-east-asia', 'iclei-indonesia']),
    entry('hosted', ['c40'], { place: iclei }),
    entry('unrelated', ['c40']),
    entry('article', [iclei], { type: 'article', kind: 'article' }),
  ];
  const { own, throughBranches } = entityEngagements(timeline, iclei, branches);

  it('are those it took part in or hosted, in the timeline’s order, and never an article', () => {
    assert.deepEqual(own.map((e) => e.id), ['summit', 'hosted']);
  });

  it('name those only its branches took part in, with every branch that did', () => {
    assert.deepEqual(
      throughBranches.map(({ entry, branches }) => [entry.id, branches.map((b) => b.id)]),
      [
        ['meeting', ['iclei-indonesia']],
        ['forum', ['iclei-indonesia', 'iclei-east-asia']],
      ],
    );
  });

  it('are only its own for an entity without branches', () => {
    assert.deepEqual(entityEngagements(timeline, 'c40', []).throughBranches, []);
    assert.deepEqual(entityEngagements(timeline, 'c40', []).own.map((e) => e.id), ['meeting', 'hosted', 'unrelated']);
  });

  it('are every engagement for the home city, held there or not, and never an article', () => {
    const { own, throughBranches } = entityEngagements(timeline, 'jakarta', [{ id: 'jakarta-government' }]);
    assert.deepEqual(own.map((e) => e.id), ['summit', 'meeting', 'forum', 'hosted', 'unrelated']);
    assert.deepEqual(throughBranches, []);
  });
});
