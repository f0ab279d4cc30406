import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../src/lib/entities.ts';
import { namedInHeadline, namedInTitle } from '../../../src/lib/title-names.ts';

const saoPaulo: Entity = { id: 'sao-paulo', kind: 'city', country: 'BR', coordinates: [-46.6, -23.5], name: { id: 'São Paulo', en: 'São Paulo' }, aliases: [], acronyms: [] };
const wri: Entity = { id: 'wri', kind: 'research', name: { id: 'World Resources Institute (WRI)', en: 'World Resources Institute (WRI)' }, short: { id: 'WRI', en: 'WRI' }, aliases: ['World Resources Institute'], acronyms: ['WRI'] };
const u20: Entity = { id: 'u20', kind: 'forum', name: { id: 'Urban 20 (U20)', en: 'Urban 20 (U20)' }, aliases: ['Urban 20'], acronyms: ['U20'] };

describe('namedInTitle', () => {
  it('finds a city by its name, whatever its letter case and accents', () => {
    assert.equal(namedInTitle(saoPaulo, 'Jakarta dan Sao Paulo membahas air bersih'), true);
    assert.equal(namedInTitle(saoPaulo, 'JAKARTA DAN SÃO PAULO'), true);
    assert.equal(namedInTitle(saoPaulo, 'Jakarta dan Paris membahas air bersih'), false);
  });

  it('finds an organisation by an alias or its acronym, as whole words only', () => {
    assert.equal(namedInTitle(u20, 'Anies Bakal Ikuti Pertemuan Urban 20 Mayors Summit di Argentina'), true);
    assert.equal(namedInTitle(u20, 'Anies Jadi Panelis di U20'), true);
    assert.equal(namedInTitle(u20, 'Anies di KTT U200'), false);
    assert.equal(namedInTitle(wri, 'Pemprov DKI dan WRI bahas kualitas udara'), true);
    // An acronym keeps its case: "wri" in running text is no mention.
    assert.equal(namedInTitle(wri, 'wri-wri'), false);
  });
});

describe('namedInHeadline', () => {
  it('gives the partners a headline names, in the partners\' order, and skips ids the index lacks', () => {
    const entities = new Map<string, Entity>([saoPaulo, wri, u20].map((e) => [e.id, e]));
    const partners = [{ id: 'u20' }, { id: 'gone' }, { id: 'wri' }, { id: 'sao-paulo' }];
    assert.deepEqual(namedInHeadline('WRI dan São Paulo di U20', partners, entities), ['u20', 'wri', 'sao-paulo']);
    assert.deepEqual(namedInHeadline('Jakarta dan Paris', partners, entities), []);
  });
});
