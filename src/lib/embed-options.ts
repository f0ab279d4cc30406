/**
 * What a host can set on an embedded timeline, and where the widget for those settings lives.
 * Shared by the loader (/embed.js), the widget page and the code generator, so all three read
 * and write the same names. Kept free of the UI dictionaries: the loader bundles this file.
 */
import { languages, type Lang } from '../i18n/languages.ts';
import { filterSegments, type TimelineFilter } from './timeline-filter.ts';

export const themes = ['auto', 'light', 'dark'] as const;
export const densities = ['compact', 'full'] as const;

export type Theme = (typeof themes)[number];
export type Density = (typeof densities)[number];

export interface EmbedOptions {
  lang: Lang;
  theme: Theme;
  density: Density;
  /** The most recent entries to show; every entry when absent. */
  limit?: number;
  filter: TimelineFilter;
}

/** What a host can set, named as the placeholder's `data-*` attributes are: the embed page lists them from here. */
export const optionKeys = ['lang', 'theme', 'partner', 'kind', 'limit', 'density'] as const;
export type OptionKey = (typeof optionKeys)[number];

export const defaultOptions: EmbedOptions = { lang: 'id', theme: 'auto', density: 'compact', filter: null };

/** The most entries a widget shows, its weight bounded; a larger limit is this one, and absurd values stay out of the URL. */
export const MAX_LIMIT = 100;

/**
 * The limit the embed page's generator starts from. The loader makes the frame as tall as the
 * widget, and the latest hundred entries, what a placeholder without a limit shows, made it
 * 11,500 px tall on a 320 px column at scale: a host who took the code as offered got a page-long
 * frame the preview, capped in height, never showed.
 */
export const SUGGESTED_LIMIT = 10;

/** Gazetteer ids and engagement kinds are slugs; anything else could escape the widget's path. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null | undefined, fallback: T): T =>
  allowed.find((a) => a === value) ?? fallback;

/** Reads options from anything keyed like `data-*` attributes or a query string; bad values fall back to defaults. */
export function parseOptions(get: (key: OptionKey) => string | null | undefined): EmbedOptions {
  const limit = Number(get('limit')?.trim());
  const partner = get('partner')?.trim();
  const kind = get('kind')?.trim();
  const options: EmbedOptions = {
    lang: oneOf(languages, get('lang')?.trim(), defaultOptions.lang),
    theme: oneOf(themes, get('theme')?.trim(), defaultOptions.theme),
    density: oneOf(densities, get('density')?.trim(), defaultOptions.density),
    filter: partner && SLUG.test(partner) ? { partner } : kind && SLUG.test(kind) ? { kind } : null,
  };
  if (Number.isInteger(limit) && limit >= 1) options.limit = Math.min(limit, MAX_LIMIT);
  return options;
}

/** A filter as the generator's field and the loader's list of widgets write it: "partner:c40", "kind:summit". */
export const filterKey = (filter: TimelineFilter): string => filterSegments(filter).join(':');

/** The widget's path below the site's base: language and filter are static pages. */
export const widgetPath = ({ lang, filter }: Pick<EmbedOptions, 'lang' | 'filter'>): string => ['embed', lang, ...filterSegments(filter), ''].join('/');

/** The options only the browser can apply, as a query string; defaults are left out. */
export function widgetQuery(options: EmbedOptions): string {
  const query = new URLSearchParams();
  if (options.theme !== defaultOptions.theme) query.set('theme', options.theme);
  if (options.density !== defaultOptions.density) query.set('density', options.density);
  if (options.limit !== undefined) query.set('limit', String(options.limit));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * The id the widget quotes in its height messages, as a fragment: in the query, a random id per
 * frame made every page view a new address that no browser or CDN cache could answer.
 */
export const frameFragment = (frameId: string): string => `#${new URLSearchParams({ id: frameId })}`;

/** The frame id in the widget's fragment (`location.hash`), if the loader or the preview gave one. */
export const frameIdOf = (hash: string): string | undefined => new URLSearchParams(hash.replace(/^#/, '')).get('id') ?? undefined;

/** The widget's address on the site whose base is `siteBase` (an absolute URL ending in `/`). */
export const widgetUrl = (siteBase: string, options: EmbedOptions, frameId?: string): string =>
  new URL(widgetPath(options) + widgetQuery(options) + (frameId ? frameFragment(frameId) : ''), siteBase).href;

/** The full site's timeline for the same language and filter: where the fallback link leads. */
export function timelineUrl(siteBase: string, { lang, filter }: Pick<EmbedOptions, 'lang' | 'filter'>): string {
  return new URL([lang, ...(filter ? ['timeline', ...filterSegments(filter)] : []), ''].join('/'), siteBase).href;
}

/** The message the widget sends its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'jakarta-timeline:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  id: string;
}

/** Frames taller than this are a broken or hostile message, not a timeline. */
const MAX_HEIGHT = 100_000;

export const isHeightMessage = (data: unknown): data is HeightMessage => {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height, id } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && height > 0 && height <= MAX_HEIGHT && typeof id === 'string';
};

/**
 * The height `event` gives `frame`, if it is the widget's height message for the frame's `id`, sent
 * from that frame's own window on the widget's `origin`: any other frame or page could post anything.
 */
export function heightFor(event: Pick<MessageEvent, 'origin' | 'source' | 'data'>, origin: string, frame: Pick<HTMLIFrameElement, 'contentWindow'>, id: string): number | undefined {
  const fromFrame = event.origin === origin && event.source !== null && event.source === frame.contentWindow;
  return fromFrame && isHeightMessage(event.data) && event.data.id === id ? event.data.height : undefined;
}
