import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SyntaxValidator } from 'fast-xml-validator';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { drawWorldBase, drawWorldMap, type World } from '../../../src/lib/graph/world-map.ts';
import { SHARE_CARD, shareCardSvg } from '../../../src/lib/share-card.ts';
import { cityNode as city } from '../graph/city-node.ts';

describe('share card', () => {
  const base = drawWorldBase(world as unknown as World);
  const map = drawWorldMap([city('jakarta', [106.85, -6.21]), city('casablanca', [-7.59, 33.57]), city('buenos-aires', [-58.38, -34.6])]);
  const text = { title: 'Jakarta & <Partners>', tagline: 'A timeline', facts: '4 engagements · 2018–2022' };
  const svg = shareCardSvg(text, base, map);

  it('is well-formed SVG of the size previews use, its text escaped', () => {
    assert.doesNotThrow(() => SyntaxValidator.validate(svg));
    assert.match(svg, new RegExp(`^<svg [^>]*width="${SHARE_CARD.width}" height="${SHARE_CARD.height}"`));
    assert.ok(svg.includes('Jakarta &amp; &lt;Partners&gt;'));
    assert.ok(svg.includes('4 engagements · 2018–2022'));
  });

  it('draws every partner city and Jakarta on the map, inside the card and below the text', () => {
    const transform = /<g transform="translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)">/.exec(svg);
    assert.ok(transform, 'the map is placed by one transform');
    const [x, y, scale] = transform.slice(1).map(Number) as [number, number, number];
    assert.ok(y > 200 && y + map.height * scale <= SHARE_CARD.height, `map from y ${y} to ${y + map.height * scale}`);
    assert.ok(x >= 0 && x + map.width * scale <= SHARE_CARD.width, `map from x ${x} to ${x + map.width * scale}`);
    assert.equal(svg.match(/<circle /g)?.length, map.cities.length + 1);
    assert.equal(svg.match(/<path d="M/g)?.length, map.cities.length + 3, 'an arc per partner city, and graticule, land and borders');
  });
});
