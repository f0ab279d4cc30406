import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMarkup } from '../../../src/lib/escape-markup.ts';

describe('escapeMarkup', () => {
  it('leaves no character markup could read as its own, in text or a quoted attribute', () => {
    assert.equal(escapeMarkup(`<a href="x" title='y'>Tom & Jerry</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  });

  it('escapes an ampersand once, so an entity already written stays visible as written', () => {
    assert.equal(escapeMarkup('&amp;'), '&amp;amp;');
  });
});
