import { defaultOptions, timelineUrl, widgetUrl, type EmbedOptions } from './embed-options.ts';
import { escapeMarkup } from './escape-markup.ts';

/** The HTML a host pastes, built the same way on the embed page at build time and in its generator. */

/** Only the attributes that differ from the defaults, except the language, which a reader should see. */
function dataAttributes(options: EmbedOptions): string {
  const attributes: [string, string][] = [['lang', options.lang]];
  if (options.theme !== defaultOptions.theme) attributes.push(['theme', options.theme]);
  if (options.filter) attributes.push('partner' in options.filter ? ['partner', options.filter.partner] : ['kind', options.filter.kind]);
  if (options.limit !== undefined) attributes.push(['limit', String(options.limit)]);
  if (options.density !== defaultOptions.density) attributes.push(['density', options.density]);
  return attributes.map(([key, value]) => ` data-${key}="${escapeMarkup(value)}"`).join('');
}

/** A placeholder with a link to the full timeline, which the loader replaces with the widget. */
export function loaderSnippet(siteBase: string, options: EmbedOptions, title: string): string {
  const link = `<a href="${escapeMarkup(timelineUrl(siteBase, options))}">${escapeMarkup(title)}</a>`;
  const script = `<script async src="${escapeMarkup(new URL('embed.js', siteBase).href)}"></script>`;
  return `<div data-jakarta-timeline${dataAttributes(options)}>${link}</div>\n${script}`;
}

/** The widget without the loader: a fixed height that scrolls. */
export function iframeSnippet(siteBase: string, options: EmbedOptions, title: string): string {
  const src = escapeMarkup(widgetUrl(siteBase, options));
  return `<iframe src="${src}" title="${escapeMarkup(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}
