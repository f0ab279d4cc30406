import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../../scripts/ingest/language.ts';

describe('detectLanguage', () => {
  it('recognises Indonesian', () => {
    assert.deepEqual(detectLanguage('Gubernur DKI Jakarta menjadi panelis dalam sesi yang membahas integrasi sosial dan inklusi di Buenos Aires.'), { lang: 'id', confident: true });
  });
  it('recognises English', () => {
    assert.deepEqual(detectLanguage('The governor of Jakarta was a panelist in the session on social integration and inclusion at the summit in Buenos Aires.'), { lang: 'en', confident: true });
  });
  it('is not confident about a list of names', () => {
    assert.equal(detectLanguage('UCLG ASPAC, ICLEI Indonesia, GIZ, C40').confident, false);
  });
});

describe('detectLanguage from tokens', () => {
  it('decides as it does from the text when given the folded words the pipeline has already split', async () => {
    const { tokenize } = await import('../../../scripts/ingest/tokens.ts');
    for (const text of ['Gubernur DKI Jakarta hadir di forum yang membahas kota cerdas.', 'The mayor of São Paulo and the governor met in Jakarta.', 'UCLG ASPAC, C40']) {
      assert.deepEqual(detectLanguage(text, tokenize(text).map((t) => t.folded)), detectLanguage(text));
    }
  });
});
