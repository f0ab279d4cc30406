import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { worldBase } from '../../../src/lib/graph/world-atlas.ts';
import { drawWorldMap } from '../../../src/lib/graph/world-map.ts';
import { pngResponse } from '../../../src/lib/png-response.ts';
import { SHARE_CARD, shareCardSvg, titleLines } from '../../../src/lib/share-card.ts';
import { cityNode as city } from '../graph/city-node.ts';

/**
 * How far right the card's text reaches in the PNG its route serves, as rendered with this
 * machine's fonts: the rightmost pixel above the map that is not the background, which the left
 * edge of each row shows. Measured, not estimated, as titleLines() only estimates a line's width.
 */
async function textRightEdge(svg: string): Promise<number> {
  const mapTop = Math.floor(Number(/<g transform="translate\([\d.]+,([\d.]+)\)/.exec(svg)?.[1]));
  const png = Buffer.from(await (await pngResponse(svg)).arrayBuffer());
  const { data, info } = await sharp(png).extract({ left: 0, top: 0, width: SHARE_CARD.width, height: mapTop }).raw().toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => data.subarray((y * info.width + x) * info.channels, (y * info.width + x + 1) * info.channels);
  let right = 0;
  for (let y = 0; y < info.height; y++) {
    const background = pixel(0, y);
    for (let x = info.width - 1; x > right; x--) if (!pixel(x, y).equals(background)) right = x;
  }
  return right;
}

/** Asserts that the card's text leaves as much room on its right as it starts from the left edge. */
async function assertTextFits(svg: string): Promise<void> {
  const left = Number(/<text x="([\d.]+)"/.exec(svg)?.[1]);
  const right = await textRightEdge(svg);
  assert.ok(right > left, 'the text is drawn');
  assert.ok(right < SHARE_CARD.width - left, `the text reaches x ${right}, past the right margin at ${SHARE_CARD.width - left}`);
}

describe('share card', () => {
  const base = worldBase();
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
    assert.equal(svg.match(/<path d="M/g)?.length, map.cities.length + 4, 'an arc per partner city, and graticule, outline, land and borders');
    assert.ok(svg.includes(`<path d="${map.sphere}" fill="none"`), 'the globe is outlined, as the parallels reach its edge');
  });
});

describe('share card title', () => {
  const base = worldBase();
  const map = drawWorldMap([city('jakarta', [106.85, -6.21])]);
  const card = (title: string) => shareCardSvg({ title, tagline: 'A timeline', facts: '4 engagements' }, base, map);

  it('keeps a short title on one line at full size, inside the margins', async () => {
    assert.deepEqual(titleLines('Jakarta City Diplomacy'), { size: 60, lines: ['Jakarta City Diplomacy'] });
    await assertTextFits(card('Jakarta City Diplomacy'));
  });

  it('breaks a long title after whole words into two smaller lines that fit inside the margins', async () => {
    const title = 'Governor on a panel at the U20 Mayors Summit in Buenos Aires';
    const { size, lines } = titleLines(title);
    assert.ok(size < 60);
    assert.equal(lines.length, 2);
    assert.equal(lines.join(' '), title);
    await assertTextFits(card(title));
  });

  it('cuts a title too long for two lines after a whole word', () => {
    const title = 'Governor on a panel at the U20 Mayors Summit in Buenos Aires, with the mayors of twenty-six cities of the G20 countries';
    const { lines } = titleLines(title);
    assert.equal(lines.length, 2);
    assert.ok(lines[1]!.endsWith('…'));
    assert.ok(title.startsWith(`${lines[0]} ${lines[1]!.slice(0, -1)}`), 'cut, not changed');
  });
});

describe("an engagement's share card", () => {
  const base = worldBase();
  const map = drawWorldMap([city('jakarta', [106.85, -6.21]), city('buenos-aires', [-58.38, -34.6]), city('paris', [2.35, 48.86])]);
  const text = { kicker: 'Jakarta City Diplomacy', title: 'Governor on a panel at the U20 Mayors Summit in Buenos Aires', tagline: '29–30 October 2018 · Buenos Aires · Summit', facts: '2 partner cities' };
  const svg = shareCardSvg(text, base, map, 'buenos-aires');

  it('puts the site name above the title, in two lines, and the map below them', () => {
    assert.doesNotThrow(() => SyntaxValidator.validate(svg));
    const ys = [...svg.matchAll(/<text x="64" y="([\d.]+)"[^>]*>(?:<tspan[^>]*>◆<\/tspan> )?([^<]*)</g)].map((m) => [Number(m[1]), m[2]] as const);
    assert.deepEqual(ys.map(([, t]) => t), ['Jakarta City Diplomacy', 'Governor on a panel at the U20 Mayors', 'Summit in Buenos Aires', text.tagline, text.facts]);
    assert.ok(ys.every(([y], i) => i === 0 || y > ys[i - 1]![0]), 'each line below the last');
    const mapY = Number(/<g transform="translate\([\d.]+,([\d.]+)\)/.exec(svg)?.[1]);
    assert.ok(mapY > ys.at(-1)![0], 'the map starts below the text');
  });

  it('keeps its text inside the margins', () => assertTextFits(svg));

  it("marks the engagement's place on the map", () => {
    const place = map.cities.find((c) => c.node.id === 'buenos-aires')!;
    assert.ok(svg.includes(`<path d="M${place.x},`), 'a diamond drawn from the place');
    assert.equal(shareCardSvg(text, base, map).includes(`<path d="M${place.x},`), false);
  });
});
