import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTimeline, engagementsInTimelineOrder, type EngagementInput } from '../../../src/lib/timeline.ts';

const engagement = (id: string, start: string): EngagementInput => ({
  id,
  data: {
    start,
    kind: 'cultural-exchange',
    place: 'jakarta',
    partners: [],
    title: { id, en: id },
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    sources: [],
  },
});

describe('the engagements’ order', () => {
  it('walks engagements as the timeline lists them, two on one day by id, whatever order they are read in', () => {
    const read = [engagement('walk', '2018-07-29'), engagement('concert', '2018-07-29'), engagement('summit', '2018-04-18')];
    const walked = engagementsInTimelineOrder(read).map((e) => e.id);
    assert.deepEqual(walked, ['summit', 'concert', 'walk']);
    assert.deepEqual(walked, buildTimeline(read, [], 'en').map((e) => e.id));
  });
});
