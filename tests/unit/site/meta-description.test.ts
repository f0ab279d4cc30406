import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipDescription, DESCRIPTION_LENGTH, firstParagraphText } from '../../../src/lib/meta-description.ts';

describe('meta descriptions', () => {
  it('keep a short text whole, on one line', () => {
    assert.equal(clipDescription('  Capital of\n  Morocco. '), 'Capital of Morocco.');
  });

  it('cut a long text after its last whole word that fits, with an ellipsis', () => {
    const text = 'Gubernur DKI Jakarta Anies Baswedan diundang sebagai pembicara utama pada Smart City Expo Casablanca edisi ketiga (18–20 April 2018), dan berbicara pada Rabu, 18 April 2018.';
    const clipped = clipDescription(text);
    assert.ok(Array.from(clipped).length <= DESCRIPTION_LENGTH, clipped);
    assert.equal(clipped, 'Gubernur DKI Jakarta Anies Baswedan diundang sebagai pembicara utama pada Smart City Expo Casablanca edisi ketiga (18–20 April 2018), dan berbicara pada Rabu…');
    assert.equal(clipDescription('one two, three four', 13), 'one two…');
  });

  it('count characters, not UTF-16 units, and never split one', () => {
    const emoji = '🌏'.repeat(200);
    const clipped = clipDescription(emoji, 10);
    assert.equal(clipped, `${'🌏'.repeat(9)}…`);
    assert.ok(clipped.isWellFormed());
  });

  it('read the first paragraph of rendered HTML as text, entities decoded and markup dropped', () => {
    const html = '<p>Kata &quot;kolaborasi&quot; &amp; <a href="#">{tautan}</a> &lt;b&gt; &#x69;mport</p>\n<p>Second.</p>';
    assert.equal(firstParagraphText(html), 'Kata "kolaborasi" & {tautan} <b> import');
  });

  it('give nothing when there is no paragraph with words', () => {
    assert.equal(firstParagraphText(''), undefined);
    assert.equal(firstParagraphText('<p>  </p>'), undefined);
  });
});
