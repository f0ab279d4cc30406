import type { APIRoute } from 'astro';
import { configuredSite } from '../lib/build-env.ts';

/**
 * The published origin for print styles, which write it before each site-relative link target.
 * A stylesheet rather than a style attribute, which the Content-Security-Policy forbids.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`:root { --site-origin: ${JSON.stringify(configuredSite(site).origin)}; }\n`, {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
