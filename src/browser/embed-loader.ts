import type { Lang } from '../i18n/languages.ts';
import { filterKey, heightFor, isHeightMessage, parseOptions, widgetUrl } from '../lib/embed-options.ts';

/** The filters the site has a widget for, written in by src/pages/embed.js.ts when it bundles this file. */
declare const WIDGET_FILTERS: readonly string[];
/**
 * The widget's title in each language, for a placeholder with no text of its own: written in the
 * same way, from the dictionaries, which are too large to bundle.
 */
declare const FRAME_TITLES: Readonly<Record<Lang, string>>;

/**
 * /embed.js: replaces each `[data-jakarta-timeline]` placeholder with the widget in an iframe on
 * this script's own site, and keeps each iframe as tall as its content. A height is accepted only
 * from that iframe's window on the widget's origin: any other frame or page could post anything.
 */
function start(script: HTMLScriptElement): void {
  const siteBase = new URL('./', script.src).href;
  const origin = new URL(siteBase).origin;
  const frames = new Map<string, HTMLIFrameElement>();

  const embed = (placeholder: HTMLElement): void => {
    const id = Math.random().toString(36).slice(2);
    const frame = document.createElement('iframe');
    const options = parseOptions((key) => placeholder.dataset[key]);
    // A partner or kind the site has no widget for would frame its 404 page: the host's link stays.
    const filter = filterKey(options.filter);
    if (filter && !WIDGET_FILTERS.includes(filter)) {
      console.warn(`Jakarta timeline: no widget for ${filter}; the placeholder's link is kept`);
      return;
    }
    frame.src = widgetUrl(siteBase, options, id);
    frame.title = placeholder.dataset['title'] ?? (placeholder.textContent?.trim() || FRAME_TITLES[options.lang]);
    frame.loading = 'lazy';
    frame.width = '100%';
    frame.style.cssText = 'display:block;border:0;width:100%;height:24rem';
    frames.set(id, frame);
    placeholder.replaceWith(frame);
  };
  const embedAll = (): void => document.querySelectorAll<HTMLElement>('[data-jakarta-timeline]').forEach(embed);

  window.addEventListener('message', (event) => {
    const id = isHeightMessage(event.data) ? event.data.id : '';
    const frame = frames.get(id);
    const height = frame && heightFor(event, origin, frame, id);
    if (frame && height) frame.style.height = `${Math.ceil(height)}px`;
  });
  embedAll();
  // An async script can run before the rest of the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
}

const self = document.currentScript ?? document.querySelector('script[src$="/embed.js"]');
if (self instanceof HTMLScriptElement) start(self);
