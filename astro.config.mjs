// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// GitHub Pages serves a project site under /<repository>/: the deploy workflow sets both.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The sources quote officials: SmartyPants would rewrite their quotes and dashes.
  markdown: { smartypants: false },
  integrations: [
    mdx(),
    sitemap({ i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en-GB' } } }),
  ],
});
