import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkName, shortLabel } from '../../../src/lib/short-label.ts';

const named = (en: string, short?: string) => ({ name: { id: en, en }, ...(short ? { short: { id: short, en: short } } : {}) });

describe('a short label and the name its link keeps', () => {
  it('is the name itself where there is no short one', () => {
    assert.deepEqual(shortLabel(named('C40 Cities'), 'en'), { text: 'C40 Cities', rest: '' });
  });

  it('starts with what it shows, then the rest of the name in brackets, the acronym not said twice', () => {
    const uclg = named('United Cities and Local Governments (UCLG)', 'UCLG');
    assert.equal(linkName(uclg, 'en'), 'UCLG (United Cities and Local Governments)');
    assert.deepEqual(shortLabel(uclg, 'en'), { text: 'UCLG', rest: ' (United Cities and Local Governments)' });
  });

  it('goes on with the name where the name starts with the label', () => {
    assert.deepEqual(shortLabel(named('ICLEI – Local Governments for Sustainability', 'ICLEI'), 'en'), { text: 'ICLEI', rest: ' – Local Governments for Sustainability' });
  });

  it('brackets a name that does not end in its acronym whole', () => {
    assert.deepEqual(shortLabel(named('Urban Twenty', 'U20'), 'en'), { text: 'U20', rest: ' (Urban Twenty)' });
  });
});
