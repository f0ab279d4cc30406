import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadVocabulary } from '../../../scripts/bench/vocabulary.ts';

const contentDir = join(import.meta.dirname, '..', '..', '..', 'content');

describe('loadVocabulary', () => {
  it('gives the gazetteer’s cities as partners, but not the home city', () => {
    const { cities } = loadVocabulary(contentDir);
    assert.ok(cities.includes('Casablanca') && cities.includes('Buenos Aires'), cities.join(', '));
    assert.ok(!cities.includes('Jakarta'), cities.join(', '));
  });
});
