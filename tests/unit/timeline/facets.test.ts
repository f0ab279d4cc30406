import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexEntities, type Entity } from '../../../src/lib/entities.ts';
import type { TimelineEntry } from '../../../src/lib/timeline.ts';
import { facetFilters, filterCount, timelineFacets } from '../../../src/lib/timeline-facets.ts';

const city = (id: string, id_: string, en: string): Entity => ({ id, kind: 'city', name: { id: id_, en }, aliases: [], acronyms: [], country: 'ID', coordinates: [0, 0] });
const organisation = (id: string, name: string): Entity => ({ id, kind: 'city-network', name: { id: name, en: name }, aliases: [], acronyms: [] });

const entities = indexEntities([
  city('jakarta', 'Jakarta', 'Jakarta'),
  city('casablanca', 'Kasablanka', 'Casablanca'),
  city('buenos-aires', 'Buenos Aires', 'Buenos Aires'),
  city('zagreb', 'Zagreb', 'Zagreb'),
  organisation('c40', 'C40 Cities'),
  organisation('uclg', 'UCLG'),
]);

const entry = (id: string, kind: TimelineEntry['kind'], partners: string[], place?: string): TimelineEntry => ({
  type: 'engagement',
  id,
  start: '2018-01-01',
  kind,
  title: { text: id, lang: 'id' },
  partners,
  coverage: [],
  ...(place ? { place } : {}),
});

const timeline = [
  entry('a', 'summit', ['jakarta', 'c40', 'buenos-aires'], 'buenos-aires'),
  entry('b', 'keynote', ['jakarta', 'casablanca'], 'casablanca'),
  entry('c', 'summit', ['jakarta', 'zagreb', 'uclg', 'c40']),
  entry('d', 'article', ['jakarta', 'unknown-body']),
];

describe('timelineFacets', () => {
  it('lists the kinds in the order the timeline first shows them', () => {
    assert.deepEqual(timelineFacets(timeline, entities, 'en').kinds, ['summit', 'keynote', 'article']);
  });

  it('counts each partner once per entry, its place included, leaving out Jakarta and names not in the gazetteer', () => {
    const { organisations, cities } = timelineFacets(timeline, entities, 'en');
    assert.deepEqual(organisations, [
      { id: 'c40', name: 'C40 Cities', label: { text: 'C40 Cities', rest: '' }, count: 2 },
      { id: 'uclg', name: 'UCLG', label: { text: 'UCLG', rest: '' }, count: 1 },
    ]);
    assert.deepEqual(cities.map((c) => [c.id, c.count]), [['buenos-aires', 1], ['casablanca', 1], ['zagreb', 1]]);
  });

  it('labels a long-named partner by its short name, and orders it by what its chip shows', () => {
    const fao: Entity = { ...organisation('fao', ''), name: { id: 'Organisasi Pangan dan Pertanian PBB (FAO)', en: 'Food and Agriculture Organization (FAO)' }, short: { id: 'FAO', en: 'FAO' } };
    const { organisations } = timelineFacets([...timeline, entry('e', 'summit', ['fao'])], indexEntities([...entities.all, fao]), 'id');
    assert.deepEqual(organisations.map((o) => [o.label.text, o.label.rest]), [['C40 Cities', ''], ['FAO', ' (Organisasi Pangan dan Pertanian PBB)'], ['UCLG', '']]);
    // The widget's list of partners gives names in full.
    assert.equal(organisations[1]!.name, 'Organisasi Pangan dan Pertanian PBB (FAO)');
  });

  it('names and orders partners in the language asked for', () => {
    const { cities } = timelineFacets(timeline, entities, 'id');
    assert.deepEqual(cities.map((c) => c.name), ['Buenos Aires', 'Kasablanka', 'Zagreb']);
  });

  it("count each filter's entries, its partner's place included, and none for a filter they do not offer", () => {
    const facets = timelineFacets(timeline, entities, 'en');
    assert.equal(filterCount(facets, { kind: 'summit' }), 2);
    assert.equal(filterCount(facets, { partner: 'buenos-aires' }), 1);
    assert.equal(filterCount(facets, { partner: 'c40' }), 2);
    assert.equal(filterCount(facets, { kind: 'partner-meeting' }), 0);
    // A year's facets, as a year page's filters offer them, count that year only.
    assert.equal(filterCount(timelineFacets(timeline.slice(0, 2), entities, 'en'), { partner: 'c40' }), 1);
  });

  it('offer a filter, with pages of its own, for each kind and then each partner', () => {
    assert.deepEqual(facetFilters(timelineFacets(timeline, entities, 'en')), [
      { kind: 'summit' },
      { kind: 'keynote' },
      { kind: 'article' },
      { partner: 'c40' },
      { partner: 'uclg' },
      { partner: 'buenos-aires' },
      { partner: 'casablanca' },
      { partner: 'zagreb' },
    ]);
  });
});
