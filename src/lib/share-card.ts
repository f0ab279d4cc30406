import { clipAtWord } from './clip-text.ts';
import { escapeMarkup } from './escape-markup.ts';
import type { WorldBase, WorldMap } from './graph/world-map.ts';
import { palette } from './palette.ts';
import { round } from './round.ts';

/** The size, and 1.91:1 ratio, that link previews show with the least cropping. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** Where a card is published below the site's base: the language's, or an engagement's own. */
export const shareCardFile = (lang: string, engagement?: string): string =>
  engagement ? `${lang}/engagements/${engagement}/share-card.png` : `${lang}/share-card.png`;

export interface ShareCardText {
  /** A line above the title: the site's name, on a page's own card. */
  kicker?: string;
  title: string;
  tagline: string;
  /** What the site holds, e.g. "4 engagements · 26 partner cities". */
  facts: string;
}

/**
 * The light theme's colours, with land a shade darker than the page's `--chip` to show at preview
 * size: an image has no `light-dark()`, and a preview sits on the light or dark page of whatever
 * site shows it, so the card carries its own background.
 */
const colour = {
  bg: palette.bg.light,
  text: palette.text.light,
  muted: palette.muted.light,
  rule: palette.rule.light,
  land: '#e6e8ec',
  accent: palette.accent.light,
  city: palette.nodeCity.light,
};

const FONT = 'DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif';
const MARGIN = 64;
/** The width a title may take: the card's, less its margins. */
const TITLE_ROOM = SHARE_CARD.width - 2 * MARGIN;
/** Average advance of a bold character, as a share of the font size, for breaking the title. */
const BOLD_CHAR = 0.62;
const TITLE_SIZE = 60;
/** A title too long for one line at TITLE_SIZE takes two at this size. */
const LONG_TITLE_SIZE = 46;

/** The title in one line at full size, or broken after whole words into at most two smaller ones. */
export function titleLines(title: string): { size: number; lines: string[] } {
  const fits = (text: string, size: number) => Array.from(text).length * BOLD_CHAR * size <= TITLE_ROOM;
  if (fits(title, TITLE_SIZE)) return { size: TITLE_SIZE, lines: [title] };
  const perLine = Math.floor(TITLE_ROOM / (BOLD_CHAR * LONG_TITLE_SIZE));
  const words = title.split(/\s+/);
  let taken = 0;
  while (taken < words.length && fits(words.slice(0, taken + 1).join(' '), LONG_TITLE_SIZE)) taken++;
  // A first word too long for a line is cut through; the rest of the title goes on the second line, cut if need be.
  const first = taken > 0 ? words.slice(0, taken).join(' ') : clipAtWord(title, perLine);
  const rest = taken > 0 ? words.slice(taken).join(' ') : '';
  return { size: LONG_TITLE_SIZE, lines: rest ? [first, clipAtWord(rest, perLine)] : [first] };
}

/**
 * The image link previews show: a title and what it is about above a world map of Jakarta's
 * partner cities, drawn as the network page draws them; `place`, a city on the map, is marked as
 * the network marks an engagement. Plain SVG, rasterised by the page that serves it.
 */
export function shareCardSvg(text: ShareCardText, base: WorldBase, map: WorldMap, place?: string): string {
  const { width, height } = SHARE_CARD;
  const title = titleLines(text.title);
  // Baselines from the top: the kicker, the title's lines, the tagline and the facts, then the map
  // filling what is left. Without a kicker the site's card keeps its title at 110, tagline at 158.
  const kickerY = 62;
  const top = text.kicker ? kickerY + 22 : 54;
  const titleY = title.lines.map((_, i) => Math.round(top + title.size * 0.93 + i * title.size * 1.15));
  const taglineY = titleY.at(-1)! + 48;
  const factsY = taglineY + 42;
  const mapY = factsY + 30;
  const scale = (height - 20 - mapY) / map.height;
  const mapX = (width - map.width * scale) / 2;
  const cities = map.cities.map((c) => `<circle cx="${c.x}" cy="${c.y}" r="4.5"/>`).join('');
  const arcs = map.cities.map((c) => `<path d="${c.arc}"/>`).join('');
  const centre = map.centre ? `<circle cx="${map.centre.x}" cy="${map.centre.y}" r="8" fill="${colour.accent}" stroke="${colour.text}" stroke-width="2"/>` : '';
  const marked = map.cities.find((c) => c.node.id === place);
  const mark = marked ? `<path d="${diamond(marked.x, marked.y, 11)}" fill="${colour.accent}" stroke="${colour.text}" stroke-width="2"/>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${colour.bg}"/>`,
    `<rect width="${width}" height="10" fill="${colour.accent}"/>`,
    `<g font-family="${FONT}">`,
    text.kicker ? `<text x="${MARGIN}" y="${kickerY}" font-size="26" font-weight="700" fill="${colour.text}"><tspan fill="${colour.accent}">◆</tspan> ${escapeMarkup(text.kicker)}</text>` : '',
    ...title.lines.map((line, i) => `<text x="${MARGIN}" y="${titleY[i]}" font-size="${title.size}" font-weight="700" fill="${colour.text}">${i === 0 && !text.kicker ? `<tspan fill="${colour.accent}">◆</tspan> ` : ''}${escapeMarkup(line)}</text>`),
    `<text x="${MARGIN}" y="${taglineY}" font-size="30" fill="${colour.text}">${escapeMarkup(text.tagline)}</text>`,
    `<text x="${MARGIN}" y="${factsY}" font-size="24" fill="${colour.muted}">${escapeMarkup(text.facts)}</text>`,
    `</g>`,
    `<g transform="translate(${round(mapX)},${round(mapY)}) scale(${round(scale, 4)})">`,
    `<path d="${base.graticule}" fill="none" stroke="${colour.rule}" stroke-width="0.6"/>`,
    // The globe's outline, as the site's map has: the parallels reach the edge, the last meridian drawn does not.
    `<path d="${map.sphere}" fill="none" stroke="${colour.rule}"/>`,
    `<path d="${base.land}" fill="${colour.land}"/>`,
    `<path d="${base.borders}" fill="none" stroke="${colour.bg}" stroke-width="0.6"/>`,
    `<g fill="none" stroke="${colour.accent}" stroke-width="1.6" stroke-opacity="0.55">${arcs}</g>`,
    `<g fill="${colour.city}" stroke="${colour.bg}" stroke-width="1.5">${cities}</g>`,
    centre,
    mark,
    `</g>`,
    `</svg>`,
  ].join('');
}

const diamond = (x: number, y: number, r: number): string => `M${x},${round(y - r)}L${round(x + r)},${y}L${x},${round(y + r)}L${round(x - r)},${y}Z`;
