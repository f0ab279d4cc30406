import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { attributeOf, pageFiles, siteFile } from '../../scripts/page-files.ts';
import { MAIN_SITE } from '../e2e/sites.ts';

/** The site scripts/test.ts builds from the repo's sources (E2E_DIST points elsewhere). */
export const dist = MAIN_SITE.outDir;
export const base = MAIN_SITE.base;

/** The file a site path ("/id/", "/_astro/x.css", or with the base) is served from. */
export const fileOf = (sitePath: string): string => siteFile(dist, base, sitePath);

export const readPage = (sitePath: string): string => readFileSync(fileOf(sitePath), 'utf8');

export interface Weight {
  /** gzip bytes by kind, the page itself included as html. */
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  files: string[];
}

/** The page and everything it loads, each file once, as gzip bytes. Fails when a reference points at no file. */
export function weigh(sitePath: string): Weight {
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, files: [] };
  pageFiles(sitePath, fileOf).forEach(({ path, file, bytes }, i) => {
    if (!bytes) throw new Error(`${sitePath} references ${path}, which is not in ${dist}`);
    const size = gzipSync(bytes, { level: 9 }).length;
    const kind = i === 0 ? 'html' : file.endsWith('.css') ? 'css' : /\.m?js$/.test(file) ? 'js' : 'other';
    weight[kind] += size;
    weight.total += size;
    weight.requests++;
    weight.files.push(path);
  });
  return weight;
}

/** Executable scripts of a page: external ones by address, inline ones as "inline" (JSON data blocks are not code). */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .filter(([, attributes]) => !/type\s*=\s*"application\/(?:ld\+)?json"/i.test(attributes!))
    .map(([, attributes]) => attributeOf(attributes!, 'src') ?? 'inline');
}
