import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlesDir } from './lib/build-env.ts';
import { textOnlyMdx } from './loaders/text-only-mdx.ts';
import { articleSchema } from './schemas/article.ts';
import { engagementSchema } from './schemas/engagement.ts';
import { citySchema, organisationSchema } from './schemas/gazetteer.ts';
import { translationSchema } from './schemas/translation.ts';

/**
 * Written by `npm run ingest` from content/sources/; never edited by hand. ARTICLES_DIR moves it for
 * builds from another corpus. The pages show each article's HTML, so its MDX is not kept beside it:
 * the store, which Astro bundles into the build, would be a third larger at 5,000 articles.
 */
const articles = defineCollection({
  loader: textOnlyMdx({ pattern: '*.mdx', base: articlesDir(), retainBody: false }),
  schema: articleSchema,
});

const engagements = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/engagements' }),
  schema: engagementSchema,
});

const translations = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/translations' }),
  schema: translationSchema,
});

const cities = defineCollection({
  loader: file('content/gazetteer/cities.yaml'),
  schema: citySchema,
});

const organisations = defineCollection({
  loader: file('content/gazetteer/organisations.yaml'),
  schema: organisationSchema,
});

export const collections = { articles, engagements, translations, cities, organisations };
