import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCodeProblem } from '../../../src/lib/country-code.ts';

describe('countryCodeProblem', () => {
  it('takes the ISO 3166-1 alpha-2 codes of countries', () => {
    for (const code of ['ID', 'MA', 'AR', 'ES', 'GB', 'XK']) assert.equal(countryCodeProblem(code), undefined, code);
  });

  it('refuses a code no country has, which Intl.DisplayNames does not know or echoes back', () => {
    assert.match(countryCodeProblem('XE') ?? '', /^"XE" is not an ISO 3166-1 alpha-2 country code; /);
    assert.match(countryCodeProblem('AA') ?? '', /^"AA" is not an ISO 3166-1 alpha-2 country code; /);
  });

  it('refuses what Intl names but is no country: a union, an organisation, an unknown or pseudo region', () => {
    for (const code of ['EU', 'UN', 'ZZ', 'XA', 'QO', 'EZ']) assert.match(countryCodeProblem(code) ?? '', new RegExp(`^"${code}" is not an ISO 3166-1 alpha-2 country code; `), code);
  });

  it('names the code to write for an old or informal one', () => {
    assert.equal(countryCodeProblem('UK'), '"UK" is not the ISO 3166-1 code of United Kingdom; write "GB"');
    assert.equal(countryCodeProblem('DD'), '"DD" is not the ISO 3166-1 code of Germany; write "DE"');
  });

  it('leaves a code of the wrong shape to the schema’s own check', () => {
    assert.equal(countryCodeProblem('esp'), undefined);
  });
});
