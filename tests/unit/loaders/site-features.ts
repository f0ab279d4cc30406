/** The Markdown features astro.config.mjs gives satteri, which the site parses and renders the articles with. */
export const SITE_FEATURES = { gfm: true, smartPunctuation: false };
