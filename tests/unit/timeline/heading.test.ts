import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineHeading } from '../../../src/lib/timeline-heading.ts';

describe('a timeline page’s heading', () => {
  it('is the site’s own on the whole timeline', () => {
    assert.equal(timelineHeading('en'), 'Jakarta’s city diplomacy, a timeline');
    assert.equal(timelineHeading('id'), 'Lini masa diplomasi kota Jakarta');
  });

  it('names the year, the kind or the partner a page narrows it to, as each language says it', () => {
    assert.equal(timelineHeading('en', { year: 2018 }), 'Jakarta’s city diplomacy in 2018');
    assert.equal(timelineHeading('id', { year: 2018 }), 'Lini masa diplomasi kota Jakarta, 2018');
    assert.equal(timelineHeading('en', { kind: 'summit' }), 'Jakarta’s city diplomacy, a timeline: Summits');
    assert.equal(timelineHeading('id', { kind: 'summit' }), 'Lini masa diplomasi kota Jakarta: KTT');
    assert.equal(timelineHeading('en', { kind: 'article' }), 'Jakarta’s city diplomacy, a timeline: News');
    assert.equal(timelineHeading('en', { partner: 'Casablanca' }), 'Jakarta’s city diplomacy with Casablanca, a timeline');
    assert.equal(timelineHeading('id', { partner: 'Kasablanka' }), 'Lini masa diplomasi kota Jakarta dengan Kasablanka');
  });

  it('names the year too on a filter’s year page', () => {
    assert.equal(timelineHeading('en', { kind: 'summit', year: 2018 }), 'Jakarta’s city diplomacy, a timeline: Summits, 2018');
    assert.equal(timelineHeading('id', { kind: 'summit', year: 2018 }), 'Lini masa diplomasi kota Jakarta: KTT, 2018');
    assert.equal(timelineHeading('en', { partner: 'Casablanca', year: 2018 }), 'Jakarta’s city diplomacy with Casablanca in 2018');
    assert.equal(timelineHeading('id', { partner: 'Kasablanka', year: 2018 }), 'Lini masa diplomasi kota Jakarta dengan Kasablanka, 2018');
  });

  it('keeps a name as written, whatever it holds', () => {
    assert.equal(timelineHeading('en', { partner: 'US$& {name}' }), 'Jakarta’s city diplomacy with US$& {name}, a timeline');
  });
});
