import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptParts } from '../../../src/browser/search-excerpt.ts';

// Excerpts as Pagefind 1.x writes them: the page's words from some point, joined by one space,
// `<` and `>` escaped, `&` not, each matched word in <mark>.
describe('excerptParts', () => {
  it('gives entity-like text as the page wrote it, not as Pagefind’s HTML would show it', () => {
    const content = 'Kalimat zebra &lt;b&gt; dan <i> tag AT&amp;T.';
    const excerpt = 'Kalimat <mark>zebra</mark> &lt;b&gt; dan &lt;i&gt; tag AT&amp;T.';
    assert.deepEqual(excerptParts(content, excerpt), [
      { text: 'Kalimat ', mark: false },
      { text: 'zebra', mark: true },
      { text: ' &lt;b&gt; dan <i> tag AT&amp;T.', mark: false },
    ]);
  });

  it('finds the excerpt where it starts in the page, spaces and line ends read as one space', () => {
    const content = 'Satu dua.\n\nTiga  empat lima enam.';
    assert.deepEqual(excerptParts(content, 'Tiga <mark>empat</mark> <mark>lima</mark> enam.'), [
      { text: 'Tiga ', mark: false },
      { text: 'empat lima', mark: true },
      { text: ' enam.', mark: false },
    ]);
  });

  it('tells a word that says <mark> from a mark', () => {
    assert.deepEqual(excerptParts('a <mark> b', 'a &lt;mark&gt; <mark>b</mark>'), [
      { text: 'a <mark> ', mark: false },
      { text: 'b', mark: true },
    ]);
  });

  it('stands in the page’s opening words, unmarked, for an excerpt it cannot place', () => {
    assert.deepEqual(excerptParts('Satu dua tiga empat.', 'lain <mark>sama</mark>'), [{ text: 'Satu dua', mark: false }]);
  });
});
