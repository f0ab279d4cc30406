import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notFoundText } from '../../../src/lib/graph/not-found-text.ts';
import { fillTemplate } from '../../../src/i18n/template.ts';

describe('notFoundText', () => {
  it('says nothing in the graph has the name where the graph is drawn whole', () => {
    assert.equal(fillTemplate(notFoundText('en', { drawn: 40, total: 40 }), { q: 'Atlantis' }), 'Nothing in the graph is called “Atlantis”.');
  });

  it('says none of the drawn nodes has it, and how many are left out, where the graph is drawn in part', () => {
    assert.equal(
      fillTemplate(notFoundText('en', { drawn: 150, total: 3282 }), { q: 'Atlantis' }),
      'None of the 150 nodes drawn here is called “Atlantis”; the graph leaves out 3,132 less-connected ones.',
    );
    assert.equal(
      fillTemplate(notFoundText('id', { drawn: 150, total: 3282 }), { q: 'Atlantis' }),
      'Tidak ada yang bernama “Atlantis” di antara 150 simpul yang digambar; grafik ini tidak menampilkan 3.132 simpul lain yang kurang terhubung.',
    );
  });
});
