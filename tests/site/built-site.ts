import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAIN_SITE } from '../e2e/sites.ts';

/** The site scripts/test.ts builds from the repo's sources (E2E_DIST points elsewhere). */
export const dist = MAIN_SITE.outDir;
export const base = MAIN_SITE.base;

/** The file a site path ("/id/", "/_astro/x.css", or with the base) is served from. */
export function fileOf(sitePath: string): string {
  const path = sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath.replace(/^\//, '');
  return join(dist, decodeURIComponent(path.split(/[?#]/)[0]!), path.endsWith('/') || path === '' ? 'index.html' : '');
}

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

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i');

/** What a browser fetches to show the page: stylesheets, icons, scripts and module preloads, images, SVG `<use>` files, CSS url()s, static JS imports. */
function references(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source|use)\b[^>]*>/gi)) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    const rel = ATTRIBUTE('rel').exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = ATTRIBUTE('href').exec(tag)?.[1];
    const src = ATTRIBUTE('src').exec(tag)?.[1];
    if (name === 'link' && href && /\b(stylesheet|modulepreload|icon|preload)\b/.test(rel)) out.push(href);
    if (name === 'use' && href && !href.startsWith('#')) out.push(href);
    if (name !== 'link' && src) out.push(src);
  }
  return out.filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:'));
}

function nested(file: string, text: string, sitePath: string): string[] {
  const dir = posix.dirname(sitePath);
  const resolveFrom = (url: string) => (url.startsWith('/') ? url : posix.join(dir, url));
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:')).map(resolveFrom);
  if (file.endsWith('.js')) return [...text.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => resolveFrom(m[1]!));
  return [];
}

/** The page and everything it loads, each file once, as gzip bytes. Fails when a reference points at no file. */
export function weigh(sitePath: string): Weight {
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, files: [] };
  const seen = new Set<string>();
  const visit = (path: string, fromPage: boolean): void => {
    const file = fileOf(path);
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${sitePath} references ${path}, which is not in ${dist}`);
    const bytes = readFileSync(file);
    const size = gzipSync(bytes, { level: 9 }).length;
    const kind = fromPage ? 'html' : file.endsWith('.css') ? 'css' : /\.m?js$/.test(file) ? 'js' : 'other';
    weight[kind] += size;
    weight.total += size;
    weight.requests++;
    weight.files.push(path);
    const text = bytes.toString('utf8');
    for (const next of fromPage ? references(text) : nested(file, text, path)) visit(next, false);
  };
  visit(sitePath, true);
  return weight;
}

/** Executable scripts of a page: external ones by address, inline ones as "inline" (JSON data blocks are not code). */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .filter(([, attributes]) => !/type\s*=\s*"application\/(?:ld\+)?json"/i.test(attributes!))
    .map(([, attributes]) => ATTRIBUTE('src').exec(attributes!)?.[1] ?? 'inline');
}
