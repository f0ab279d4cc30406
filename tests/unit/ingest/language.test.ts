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
