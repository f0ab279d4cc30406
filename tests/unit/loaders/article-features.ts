import { articleFeatures, SITE_MARKDOWN_FEATURES } from '../../../src/lib/markdown-features.ts';

/** The Markdown features the articles' loader gives satteri, from the site's as astro.config.mjs sets them. */
export const ARTICLE_FEATURES = articleFeatures(SITE_MARKDOWN_FEATURES);
