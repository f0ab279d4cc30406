import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { defaultOptions, filterKey, frameIdOf, heightFor, isHeightMessage, MAX_LIMIT, optionKeys, parseOptions, timelineUrl, widgetPath, widgetUrl, type EmbedOptions } from '../../../src/lib/embed-options.ts';

const from = (record: Record<string, string>) => parseOptions((key) => record[key]);
const SITE = 'https://example.org/jakarta-diplomacy/';

describe('parseOptions', () => {
  it('gives the defaults for nothing', () => assert.deepEqual(from({}), defaultOptions));

  it('reads every option, trimmed', () => {
    assert.deepEqual(from({ lang: ' en ', theme: 'dark', density: 'full', limit: '5', partner: 'c40' }), {
      lang: 'en',
      theme: 'dark',
      density: 'full',
      limit: 5,
      filter: { partner: 'c40' },
    });
    assert.deepEqual(from({ kind: 'summit' }).filter, { kind: 'summit' });
  });

  it('reads the attributes the embed page lists, and no others', () => {
    const read = new Set<string>();
    parseOptions((key) => void read.add(key));
    assert.deepEqual([...read].sort(), [...optionKeys].sort());
  });

  it('prefers the partner when both filters are given', () => assert.deepEqual(from({ partner: 'uclg', kind: 'summit' }).filter, { partner: 'uclg' }));

  it('falls back to defaults for unknown values', () => {
    assert.deepEqual(from({ lang: 'fr', theme: 'neon', density: 'tiny' }), defaultOptions);
    for (const limit of ['0', '-3', '2.5', 'ten', '', '1e400']) assert.equal(from({ limit }).limit, undefined, limit);
  });

  it('caps the limit', () => assert.equal(from({ limit: '100000' }).limit, MAX_LIMIT));

  it('refuses filters that are not slugs', () => {
    for (const id of ['../admin', 'C40', 'a/b', 'x?y=1', '%2e%2e', '', '-lead']) assert.equal(from({ partner: id }).filter, null, id);
  });

  it('never yields a path outside embed/<lang>/', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('lang', 'theme', 'density', 'limit', 'partner', 'kind'), fc.string()), (record) => {
        const url = new URL(widgetUrl(SITE, from(record)));
        assert.equal(url.origin, 'https://example.org');
        assert.match(url.pathname, /^\/jakarta-diplomacy\/embed\/(id|en)\/((partner|kind)\/[a-z0-9-]+\/)?$/);
      }),
    );
  });
});

describe('widget addresses', () => {
  const options = (extra: Partial<EmbedOptions>): EmbedOptions => ({ ...defaultOptions, ...extra });

  it('puts language and filter in the path', () => {
    assert.equal(widgetPath(options({ lang: 'en' })), 'embed/en/');
    assert.equal(widgetPath(options({ filter: { partner: 'c40' } })), 'embed/id/partner/c40/');
    assert.equal(widgetPath(options({ lang: 'en', filter: { kind: 'summit' } })), 'embed/en/kind/summit/');
  });

  it('puts only non-default display options in the query, and the frame id in the fragment', () => {
    assert.equal(widgetUrl(SITE, options({})), 'https://example.org/jakarta-diplomacy/embed/id/');
    assert.equal(
      widgetUrl(SITE, options({ theme: 'dark', density: 'full', limit: 3 }), 'f1'),
      'https://example.org/jakarta-diplomacy/embed/id/?theme=dark&density=full&limit=3#id=f1',
    );
  });

  it('gives every frame of a widget the same address to fetch, whatever its id', () => {
    const chosen = options({ lang: 'en', density: 'full' });
    const [a, b] = ['k3x9q', 'z81mw'].map((id) => new URL(widgetUrl(SITE, chosen, id)));
    a!.hash = b!.hash = '';
    assert.equal(a!.href, b!.href);
    assert.equal(a!.href, widgetUrl(SITE, chosen));
  });

  it('reads the frame id back from the fragment, and none from an address without one', () => {
    for (const id of ['f1', 'preview', 'a b&c']) assert.equal(frameIdOf(new URL(widgetUrl(SITE, options({ limit: 2 }), id)).hash), id);
    assert.equal(frameIdOf(new URL(widgetUrl(SITE, options({ limit: 2 }))).hash), undefined);
    assert.equal(frameIdOf(''), undefined);
  });

  it('carries language and filter in the path, and the display options through the query the widget reads', () => {
    const chosen = options({ lang: 'en', theme: 'light', density: 'full', limit: 7, filter: { kind: 'keynote' } });
    const url = new URL(widgetUrl(SITE, chosen));
    assert.equal(url.pathname, '/jakarta-diplomacy/embed/en/kind/keynote/');
    const { theme, density, limit } = parseOptions((key) => url.searchParams.get(key));
    assert.deepEqual({ theme, density, limit }, { theme: 'light', density: 'full', limit: 7 });
  });

  it('links the fallback to the same timeline on the full site', () => {
    assert.equal(timelineUrl(SITE, options({ lang: 'en' })), 'https://example.org/jakarta-diplomacy/en/');
    assert.equal(timelineUrl(SITE, options({ filter: { partner: 'c40' } })), 'https://example.org/jakarta-diplomacy/id/timeline/partner/c40/');
    assert.equal(timelineUrl(SITE, options({ filter: { kind: 'summit' } })), 'https://example.org/jakarta-diplomacy/id/timeline/kind/summit/');
  });
});

describe('isHeightMessage', () => {
  it('accepts the widget’s message', () => assert.ok(isHeightMessage({ type: 'jakarta-timeline:height', height: 420, id: 'a1' })));

  it('refuses anything else', () => {
    for (const data of [
      null,
      'jakarta-timeline:height',
      { type: 'other', height: 420, id: 'a1' },
      { type: 'jakarta-timeline:height', height: '420', id: 'a1' },
      { type: 'jakarta-timeline:height', height: -1, id: 'a1' },
      { type: 'jakarta-timeline:height', height: Number.NaN, id: 'a1' },
      { type: 'jakarta-timeline:height', height: 1e9, id: 'a1' },
      { type: 'jakarta-timeline:height', height: 420 },
    ]) {
      assert.equal(isHeightMessage(data), false, JSON.stringify(data));
    }
  });
});

describe('heightFor', () => {
  const widget = {} as Window;
  const frame = { contentWindow: widget };
  const origin = 'https://site.example';
  const message = { type: 'jakarta-timeline:height', height: 420, id: 'a1' };

  it('takes the height the frame’s own widget sends for its id', () => {
    assert.equal(heightFor({ origin, source: widget, data: message }, origin, frame, 'a1'), 420);
  });

  it('ignores another origin, another window, another id and anything but the height message', () => {
    assert.equal(heightFor({ origin: 'https://other.example', source: widget, data: message }, origin, frame, 'a1'), undefined);
    assert.equal(heightFor({ origin, source: {} as Window, data: message }, origin, frame, 'a1'), undefined);
    assert.equal(heightFor({ origin, source: null, data: message }, origin, { contentWindow: null }, 'a1'), undefined);
    assert.equal(heightFor({ origin, source: widget, data: message }, origin, frame, 'b2'), undefined);
    assert.equal(heightFor({ origin, source: widget, data: { ...message, height: 1e9 } }, origin, frame, 'a1'), undefined);
  });
});

test('a filter is keyed as the generator and the loader write it', () => {
  assert.deepEqual([null, { partner: 'c40' }, { kind: 'summit' }].map((filter) => filterKey(filter as EmbedOptions['filter'])), ['', 'partner:c40', 'kind:summit']);
});
