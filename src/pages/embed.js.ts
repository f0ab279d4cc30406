import type { APIRoute } from 'astro';
import { srcDir } from 'astro:config/server';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { inEachLanguage } from '../i18n/languages.ts';
import { filterLabels } from '../lib/embed-filters.ts';
import { widgetTitle } from '../lib/embed-title.ts';

/**
 * The loader hosts include, at a fixed address so their snippets never go stale: bundled and
 * minified from src/browser/embed-loader.ts when the site is built.
 */
export const GET: APIRoute = async () => {
  // The widget pages' filters are the same in both languages.
  const filters = Object.keys(await filterLabels('id'));
  const result = await build({
    define: { WIDGET_FILTERS: JSON.stringify(filters), FRAME_TITLES: JSON.stringify(inEachLanguage((lang) => widgetTitle(lang))) },
    entryPoints: [fileURLToPath(new URL('browser/embed-loader.ts', srcDir))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no loader');
  return new Response(output.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
