/** The Markdown features the articles' loader gives satteri: the site's, without GFM (src/loaders/text-only-mdx.ts). */
export const ARTICLE_FEATURES = { gfm: false, smartPunctuation: false };
