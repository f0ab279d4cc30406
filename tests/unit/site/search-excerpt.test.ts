import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptParts } from '../../../src/browser/search-excerpt.ts';

// Excerpts as Pagefind 1.x writes them: the page's words from some point, joined by one space,
// `<` and `>` escaped, `&` not, each matched word (its `locations`) in <mark>.
describe('excerptParts', () => {
  it('gives entity-like text as the page wrote it, not as Pagefind’s HTML would show it', () => {
    const content = 'Kalimat zebra &lt;b&gt; dan <i> tag AT&amp;T.';
    const excerpt = 'Kalimat <mark>zebra</mark> &lt;b&gt; dan &lt;i&gt; tag AT&amp;T.';
    assert.deepEqual(excerptParts({ content, excerpt, title: '', locations: [1] }), [
      { text: 'Kalimat ', mark: false },
      { text: 'zebra', mark: true },
      { text: ' &lt;b&gt; dan <i> tag AT&amp;T.', mark: false },
    ]);
  });

  it('finds the excerpt where it starts in the page, spaces and line ends read as one space', () => {
    const content = 'Satu dua.\n\nTiga  empat lima enam.';
    assert.deepEqual(excerptParts({ content, excerpt: 'Tiga <mark>empat</mark> <mark>lima</mark> enam.', title: '', locations: [3, 4] }), [
      { text: '… Tiga ', mark: false },
      { text: 'empat lima', mark: true },
      { text: ' enam.', mark: false },
    ]);
  });

  it('tells a word that says <mark> from a mark', () => {
    assert.deepEqual(excerptParts({ content: 'a <mark> b', excerpt: 'a &lt;mark&gt; <mark>b</mark>', title: '', locations: [2] }), [
      { text: 'a <mark> ', mark: false },
      { text: 'b', mark: true },
    ]);
  });

  it('says with "…" that it stops before the end of the text', () => {
    assert.deepEqual(excerptParts({ content: 'satu dua tiga empat', excerpt: '<mark>satu</mark> dua', title: '', locations: [0] }), [
      { text: 'satu', mark: true },
      { text: ' dua …', mark: false },
    ]);
  });

  it('leaves out the title, which the result shows, and takes as many words after it instead', () => {
    const content = 'Pidato utama Gubernur. Gubernur DKI hadir di Casablanca pada April.';
    const locations = [2, 3, 6];
    // Pagefind's excerpt starts inside the title, which weighs more than the text.
    assert.deepEqual(excerptParts({ content, excerpt: 'utama <mark>Gubernur.</mark> <mark>Gubernur</mark> DKI', title: 'Pidato utama Gubernur', locations }), [
      { text: 'Gubernur', mark: true },
      { text: ' DKI hadir ', mark: false },
      { text: 'di', mark: true },
      { text: ' …', mark: false },
    ]);
  });

  it('knows the title by its words, whether or not Pagefind ended it with a full stop', () => {
    const excerpt = (title: string) => excerptParts({ content: 'Benarkah? Ya, benar.', excerpt: 'Benarkah? Ya,', title, locations: [] });
    assert.deepEqual(excerpt('Benarkah?'), [{ text: 'Ya, benar.', mark: false }]);
    assert.deepEqual(
      excerptParts({ content: 'Judul. Teks.', excerpt: 'Judul. Teks.', title: 'Judul', locations: [] }),
      [{ text: 'Teks.', mark: false }],
    );
  });

  it('leaves in opening words that only look like part of the title', () => {
    assert.deepEqual(excerptParts({ content: 'Jakarta Raya dan kota lain', excerpt: 'Jakarta Raya dan', title: 'Jakarta', locations: [] }), [
      { text: 'Jakarta Raya dan …', mark: false },
    ]);
  });

  it('has nothing to show of a page that is only its title', () => {
    assert.deepEqual(excerptParts({ content: 'Tshwane.', excerpt: '<mark>Tshwane.</mark>', title: 'Tshwane', locations: [0] }), []);
  });

  it('stands in the text’s opening words, unmarked, for an excerpt it cannot place', () => {
    assert.deepEqual(excerptParts({ content: 'Judul. Satu dua tiga empat.', excerpt: 'lain <mark>sama</mark>', title: 'Judul', locations: [1] }), [
      { text: 'Satu dua …', mark: false },
    ]);
  });
});
