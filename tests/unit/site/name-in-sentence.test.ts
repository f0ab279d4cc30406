import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { capitalised, indexEntities, nameInSentence, type Entity } from '../../../src/lib/entities.ts';
import { timelineHeading } from '../../../src/lib/timeline-heading.ts';
import { loadGazetteer } from '../../../scripts/ingest/gazetteer.ts';

const worldBank: Entity = { id: 'world-bank', kind: 'bank', name: { id: 'Bank Dunia', en: 'World Bank' }, article: { en: 'the' }, aliases: [], acronyms: [] };
const c40: Entity = { id: 'c40', kind: 'city-network', name: { id: 'C40 Cities', en: 'C40 Cities' }, aliases: [], acronyms: [] };

describe('nameInSentence', () => {
  it('puts the article a language gives the name before it, and none where it has none', () => {
    assert.equal(nameInSentence(worldBank, 'en'), 'the World Bank');
    assert.equal(nameInSentence(worldBank, 'id'), 'Bank Dunia');
    assert.equal(nameInSentence(c40, 'en'), 'C40 Cities');
  });

  it('reads into a partner’s timeline heading, and opens a sentence capitalised', () => {
    const entities = indexEntities([worldBank, c40]);
    assert.equal(timelineHeading('en', { partner: entities.inSentence('world-bank', 'en') }), 'Jakarta’s city diplomacy with the World Bank, a timeline');
    assert.equal(timelineHeading('id', { partner: entities.inSentence('world-bank', 'id') }), 'Lini masa diplomasi kota Jakarta dengan Bank Dunia');
    assert.equal(capitalised(`${nameInSentence(worldBank, 'en')} is also named`, 'en'), 'The World Bank is also named');
  });

  it('is given, in the gazetteer, to the organisations English names with “the”', () => {
    const gazetteer = loadGazetteer(join(import.meta.dirname, '..', '..', '..', 'content'));
    const inEnglish = (id: string) => {
      const entity = gazetteer.find((e) => e.id === id);
      assert.ok(entity, id);
      return nameInSentence(entity, 'en');
    };
    assert.equal(inEnglish('world-bank'), 'the World Bank');
    assert.equal(inEnglish('embassy-of-morocco-jakarta'), 'the Embassy of Morocco in Jakarta');
    assert.equal(inEnglish('c40'), 'C40 Cities');
    assert.equal(inEnglish('barcelona'), 'Barcelona');
  });
});
