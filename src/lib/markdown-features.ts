import type { SatteriFeatures } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import type { Features } from 'satteri';

/**
 * The features of the site's Markdown processor (astro.config.mjs). The sources quote officials:
 * smart punctuation would rewrite their quotes and dashes.
 */
export const SITE_MARKDOWN_FEATURES = { smartPunctuation: false } as const satisfies SatteriFeatures;

/**
 * The features articles are rendered with (src/loaders/text-only-mdx.ts): the site's, without GFM.
 * The ingest escapes text for CommonMark and MDX; GFM reads more into it (a bare "www." address
 * becomes a link that swallows the escape of a "<" after it, and "~~" strikes text through).
 * `smartypants` is Astro's own switch, which stands when the site's features leave smart punctuation out.
 */
export const articleFeatures = (site: SatteriFeatures, smartypants?: AstroConfig['markdown']['smartypants']): Features => ({
  ...site,
  gfm: false,
  smartPunctuation: site.smartPunctuation ?? smartypants !== false,
});
