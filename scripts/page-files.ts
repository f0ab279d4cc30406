import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The value of a tag's double-quoted attribute `name`, as Astro writes them. */
export const attributeOf = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** The `<link>` relations a browser fetches for the page; not `apple-touch-icon`, which a phone reads only to save it. */
const FETCHED = new Set(['stylesheet', 'modulepreload', 'icon', 'preload']);

/** What a browser fetches to show the page: stylesheets, icons, scripts and module preloads, images, SVG `<use>` files. */
function references(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source|use)\b[^>]*>/gi)) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    const rel = attributeOf(tag, 'rel')?.toLowerCase() ?? '';
    const href = attributeOf(tag, 'href');
    const src = attributeOf(tag, 'src');
    if (name === 'link' && href && rel.split(/\s+/).some((token) => FETCHED.has(token))) out.push(href);
    if (name === 'use' && href && !href.startsWith('#')) out.push(href);
    if (name !== 'link' && src) out.push(src);
  }
  return out.filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:'));
}

/** What a stylesheet (its url()s) or a script (its static imports) loads in turn. */
function nested(file: string, text: string, sitePath: string): string[] {
  const dir = posix.dirname(sitePath);
  const resolveFrom = (url: string) => (url.startsWith('/') ? url : posix.join(dir, url));
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:')).map(resolveFrom);
  if (file.endsWith('.js')) return [...text.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => resolveFrom(m[1]!));
  return [];
}

/** The file under `root` that a site path ("/id/", "/_astro/x.css", with or without `base`) is served from. */
export function siteFile(root: string, base: string, sitePath: string): string {
  const whole = sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath.replace(/^\//, '');
  const path = whole.split(/[?#]/)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new Error(`${sitePath}: not a valid address (a "%" that starts no escape); write "%25" for a percent sign`);
  }
  return join(root, decoded, path.endsWith('/') || path === '' ? 'index.html' : '');
}

export interface PageFile {
  /** As the page or the file that loads it names it. */
  path: string;
  file: string;
  /** None when nothing is at `file`. */
  bytes?: Buffer;
}

/**
 * The page at `sitePath` and every file it loads, stylesheets' and scripts' own loads included,
 * each file once, the page first. `fileOf` maps a site path to the file it is served from.
 */
export function pageFiles(sitePath: string, fileOf: (sitePath: string) => string): PageFile[] {
  const found: PageFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, fromPage: boolean): void => {
    const file = fileOf(path);
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      found.push({ path, file });
      return;
    }
    const bytes = readFileSync(file);
    found.push({ path, file, bytes });
    const text = bytes.toString('utf8');
    for (const next of fromPage ? references(text) : nested(file, text, path)) visit(next, false);
  };
  visit(sitePath, true);
  return found;
}
