import type { APIRoute } from 'astro';
import { configuredSite } from '../lib/build-env.ts';
import { pathWithBase } from '../lib/urls.ts';

/**
 * Every page may be crawled: the widget's pages carry `noindex` themselves, which a crawler kept
 * out by this file would never read. Crawlers look for it only at a host's root, so it counts
 * where the site has a host of its own; under GitHub Pages' /<repo>/ each page's head still names the sitemap.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(pathWithBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), configuredSite(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
