import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { countedForm, fillTemplate } from '../../../src/i18n/template.ts';

describe('UI text templates', () => {
  it('fill every slot once, leaving braces in a value as typed', () => {
    assert.equal(fillTemplate(en['search.results'], { n: 3, q: '{n} <b>' }), '3 results for “{n} <b>”');
    assert.equal(fillTemplate('{a} and {missing}', { a: 1 }), '1 and ');
    // String.replace would read these as replacement patterns: the matched slot, the text before it.
    assert.equal(fillTemplate(en['network.neighbourhoodDesc'], { name: 'US$& Co $`' }), 'US$& Co $` and everything directly linked to it');
  });

  it('take the English singular for a count of one only; Indonesian has one form', () => {
    const forms = { one: en['search.results.one'], other: en['search.results'] };
    assert.deepEqual(
      [0, 1, 2, 21].map((n) => fillTemplate(countedForm('en', n, forms), { n, q: 'Casablanca' })),
      ['0 results for “Casablanca”', '1 result for “Casablanca”', '2 results for “Casablanca”', '21 results for “Casablanca”'],
    );
    const idForms = { one: id['search.results.one'], other: id['search.results'] };
    assert.equal(fillTemplate(countedForm('id', 1, idForms), { n: 1, q: 'Rabat' }), '1 hasil untuk “Rabat”');
  });
});
