import type { AstroIntegration } from 'astro';
import { siteUrl } from '../lib/build-env.ts';

/**
 * A build for the web needs SITE_URL: without it the site's absolute addresses (feeds, sitemap,
 * share cards, the embed page's snippets, the archive PDFs' links) name the local preview server.
 * Right for a local build, wrong for one that gets published, and nothing else would say so.
 */
export function siteUrlNotice(env: Readonly<Record<string, string | undefined>> = process.env): AstroIntegration {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (env['SITE_URL'] !== undefined) return;
        logger.warn(`SITE_URL is unset, so the pages give ${siteUrl(env)} as the site's address (right for a local preview). For a build to publish, set it to the site's origin: SITE_URL=https://<user>.github.io npm run build`);
      },
    },
  };
}
