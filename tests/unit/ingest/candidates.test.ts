import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCandidates } from '../../../scripts/ingest/candidates.ts';
import { tokenize } from '../../../scripts/ingest/tokens.ts';

const candidates = (text: string, connectors: string[]): string[] => {
  const tokens = tokenize(text);
  return findCandidates(text, tokens, tokens.map(() => false), { keywords: ['Badan', 'Foundation'], ignore: [], connectors });
};

describe('candidate organisation names', () => {
  it('join capitalised words across the connectors the rules list, and end on no connector', () => {
    assert.deepEqual(candidates('Ia bertemu Badan Pangan untuk Dunia kemarin.', ['untuk']), ['Badan Pangan untuk Dunia']);
    assert.deepEqual(candidates('Ia bertemu Badan Pangan untuk Dunia kemarin.', []), ['Badan Pangan']);
    assert.deepEqual(candidates('the Open Cities Foundation of the city', ['of', 'the']), ['Open Cities Foundation']);
  });
});
