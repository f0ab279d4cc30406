// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { languages } from './src/i18n/languages.ts';
import { pruneStaleOutput } from './src/integrations/prune-stale-output.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { basePath, cacheDir, outDir, siteUrl } from './src/lib/build-env.ts';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';
import { isFolderPage } from './src/lib/folder-pages.ts';
import { SITE_MARKDOWN_FEATURES } from './src/lib/markdown-features.ts';
import { RENDER_CONCURRENCY } from './src/lib/render-concurrency.ts';
import { sitemapAlternates } from './src/lib/sitemap-alternates.ts';

// Nothing at build time reaches the internet, Astro's usage report included: every astro command
// (build, check, dev, and the tests' and the benchmark's builds) reads this file before it reports.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// GitHub Pages serves a project site under /<repository>/: the deploy workflow sets both.
const site = siteUrl();
const base = basePath();

export default defineConfig({
  site,
  base,
  outDir: outDir(),
  // Each test build keeps its content-layer cache apart, so builds can run side by side.
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: RENDER_CONCURRENCY },
  i18n: {
    locales: [...languages],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: { csp: contentSecurityPolicy },
  // Shiki colours code with style attributes, which the CSP forbids; the articles have no code.
  // The articles' loader (src/loaders/text-only-mdx.ts) renders them with these features, without GFM.
  markdown: { processor: satteri({ features: SITE_MARKDOWN_FEATURES }), syntaxHighlight: false },
  vite: {
    build: {
      // Unchanged pages stay where the last build wrote them; pruneStaleOutput() removes the rest.
      emptyOutDir: false,
      // Astro inlines small <script>s into the page, and an inlined script that imports a URL
      // known only at run time (Pagefind's index) keeps Vite's unreplaced `__VITE_PRELOAD__`
      // marker and throws (withastro/astro#17265, still open for import(variable) in 7.3).
      // Such scripts stay files; everything else follows Vite's default limit.
      assetsInlineLimit: (_file, content) => (content.includes('__VITE_PRELOAD__') ? false : undefined),
    },
  },
  // Pages whose cacheKey (src/lib/cache-keys.ts) and code are unchanged are kept from the last build.
  experimental: { incrementalBuild: true },
  integrations: [
    mdx(),
    sitemap(
      // The widget pages are for iframes, the folders' pages send the reader on, and the search page
      // is a form whose results the browser makes: all say noindex.
      sitemapAlternates(new URL(base, site).href, (page) => {
        const path = new URL(page).pathname.slice(base.length);
        const inLanguage = path.replace(/^[^/]+\//, '');
        return !path.startsWith('embed/') && !isFolderPage(inLanguage) && inLanguage !== 'search/';
      }),
    ),
    pruneStaleOutput(),
    siteUrlNotice(),
  ],
});
