import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultOptions, parseOptions, type EmbedOptions } from '../../../src/lib/embed-options.ts';
import { iframeSnippet, loaderSnippet } from '../../../src/lib/embed-snippet.ts';

const SITE = 'https://example.org/jakarta-diplomacy/';
const chosen: EmbedOptions = { lang: 'en', theme: 'dark', density: 'full', limit: 5, filter: { partner: 'c40' } };

/** The placeholder's data-* attributes, read the way a browser's dataset would. */
const dataAttributes = (html: string): Map<string, string> =>
  new Map([...html.matchAll(/ data-([a-z]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));

describe('loaderSnippet', () => {
  it('is a placeholder with a fallback link, then the async loader from the same site', () => {
    const html = loaderSnippet(SITE, chosen, 'Jakarta’s city diplomacy timeline');
    assert.equal(
      html,
      '<div data-jakarta-timeline data-lang="en" data-theme="dark" data-partner="c40" data-limit="5" data-density="full">' +
        '<a href="https://example.org/jakarta-diplomacy/en/timeline/partner/c40/">Jakarta’s city diplomacy timeline</a></div>\n' +
        '<script async src="https://example.org/jakarta-diplomacy/embed.js"></script>',
    );
  });

  it('writes attributes the loader reads back as the same options', () => {
    for (const options of [chosen, defaultOptions, { ...defaultOptions, lang: 'en' as const, filter: { kind: 'summit' } }]) {
      const attributes = dataAttributes(loaderSnippet(SITE, options, 'x'));
      assert.deepEqual(parseOptions((key) => attributes.get(key)), options);
    }
  });

  it('escapes the title', () => assert.match(loaderSnippet(SITE, defaultOptions, '<b>"A&B"</b>'), /&lt;b&gt;&quot;A&amp;B&quot;&lt;\/b&gt;/));
});

describe('iframeSnippet', () => {
  it('is a titled, lazy, borderless iframe on the widget address', () => {
    assert.equal(
      iframeSnippet(SITE, chosen, 'Timeline'),
      '<iframe src="https://example.org/jakarta-diplomacy/embed/en/partner/c40/?theme=dark&amp;density=full&amp;limit=5" title="Timeline" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });
});
