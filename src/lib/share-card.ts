import type { WorldBase, WorldMap } from './graph/world-map.ts';
import { palette } from './palette.ts';

/** The size, and 1.91:1 ratio, that link previews show with the least cropping. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** Where the card is published in each language, below the site's base. */
export const shareCardFile = (lang: string): string => `${lang}/share-card.png`;

export interface ShareCardText {
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
/** The map's height on the card, below the text; its width follows from the projection. */
const MAP_HEIGHT = 380;

/**
 * The image link previews show: the site's name and what it holds above the world map of Jakarta's
 * partner cities, as the network page draws it. Plain SVG, rasterised by the page that serves it.
 */
export function shareCardSvg(text: ShareCardText, base: WorldBase, map: WorldMap): string {
  const { width, height } = SHARE_CARD;
  const scale = MAP_HEIGHT / map.height;
  const mapX = (width - map.width * scale) / 2;
  const mapY = height - MAP_HEIGHT - 20;
  const cities = map.cities.map((c) => `<circle cx="${c.x}" cy="${c.y}" r="4.5"/>`).join('');
  const arcs = map.cities.map((c) => `<path d="${c.arc}"/>`).join('');
  const centre = map.centre ? `<circle cx="${map.centre.x}" cy="${map.centre.y}" r="8" fill="${colour.accent}" stroke="${colour.text}" stroke-width="2"/>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${colour.bg}"/>`,
    `<rect width="${width}" height="10" fill="${colour.accent}"/>`,
    `<g font-family="${FONT}">`,
    `<text x="${MARGIN}" y="110" font-size="60" font-weight="700" fill="${colour.text}"><tspan fill="${colour.accent}">◆</tspan> ${xml(text.title)}</text>`,
    `<text x="${MARGIN}" y="158" font-size="30" fill="${colour.text}">${xml(text.tagline)}</text>`,
    `<text x="${MARGIN}" y="200" font-size="24" fill="${colour.muted}">${xml(text.facts)}</text>`,
    `</g>`,
    `<g transform="translate(${round(mapX)},${mapY}) scale(${round(scale, 4)})">`,
    `<path d="${base.graticule}" fill="none" stroke="${colour.rule}" stroke-width="0.6"/>`,
    `<path d="${base.land}" fill="${colour.land}"/>`,
    `<path d="${base.borders}" fill="none" stroke="${colour.bg}" stroke-width="0.6"/>`,
    `<g fill="none" stroke="${colour.accent}" stroke-width="1.6" stroke-opacity="0.55">${arcs}</g>`,
    `<g fill="${colour.city}" stroke="${colour.bg}" stroke-width="1.5">${cities}</g>`,
    centre,
    `</g>`,
    `</svg>`,
  ].join('');
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;
