import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { normaliseBase } from '../src/lib/base-path.ts';
import { basePath, outDir } from '../src/lib/build-env.ts';
import { commandLine } from './command-line.ts';

/**
 * A static server that behaves like GitHub Pages for the built site: the site lives under `base`,
 * directories serve index.html, a directory without its slash is redirected, misses get 404.html,
 * and text goes gzip-compressed to clients that accept it (Lighthouse's timings depend on it).
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

const contentType = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Text formats; images, fonts, PDFs, WebAssembly and Pagefind's (already compressed) index go as they are. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg\+xml)/;

/** True when an Accept-Encoding header allows gzip: named without `q=0`, or else `*` without it. */
export function acceptsGzip(header: string | undefined): boolean {
  const allowed = new Map(
    (header ?? '').split(',').map((part) => {
      const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
      return [coding, !params.some((p) => /^q=0(?:\.0*)?$/.test(p))] as const;
    }),
  );
  return allowed.get('gzip') ?? allowed.get('*') ?? false;
}

export type Resolution = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Maps a request path to a file under `root`, refusing anything outside it. */
export async function resolveRequest(root: string, base: string, urlPath: string): Promise<Resolution> {
  const prefix = normaliseBase(base);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return { kind: 'missing' };
  }
  if (`${decoded}/` === prefix) return { kind: 'redirect', location: prefix };
  if (!decoded.startsWith(prefix) || decoded.includes('\0')) return { kind: 'missing' };
  const top = resolve(root);
  const target = resolve(top, `.${sep}${decoded.slice(prefix.length)}`);
  if (target !== top && !target.startsWith(top + sep)) return { kind: 'missing' };
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return { kind: 'file', path: target };
  if (info?.isDirectory()) {
    // Built from the folder found, not the request: "//id" must not become "//id/", another host.
    const path = relative(top, target).split(sep).filter(Boolean).map(encodeURIComponent).join('/');
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `${prefix}${path}${path ? '/' : ''}` };
    const index = join(target, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return { kind: 'file', path: index };
  }
  return { kind: 'missing' };
}

export function createStaticServer(root: string, base = '/'): Server {
  return createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await resolveRequest(root, base, request.url ?? '/');
    if (found.kind === 'redirect') {
      response.writeHead(301, { location: found.location }).end();
      return;
    }
    const notFound = join(resolve(root), '404.html');
    const path = found.kind === 'file' ? found.path : notFound;
    const status = found.kind === 'file' ? 200 : 404;
    const size = (await stat(path).catch(() => undefined))?.size;
    if (size === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const type = contentType(path);
    const gzip = COMPRESSIBLE.test(type) && acceptsGzip(request.headers['accept-encoding']);
    const length = gzip ? { 'content-encoding': 'gzip' } : { 'content-length': size };
    response.writeHead(status, { 'content-type': type, ...length, 'cache-control': 'no-cache', vary: 'accept-encoding' });
    // A client that hung up while the file was looked up, or goes away mid-file, is no error of the server's.
    if (request.method === 'HEAD' || response.destroyed) response.end();
    else pipeline(gzip ? [createReadStream(path), createGzip(), response] : [createReadStream(path), response], () => undefined);
  });
}

if (import.meta.main) {
  const { values, fail } = commandLine({
    usage: 'Usage: npm run preview [-- [--root dist] [--base /] [--port 4321]]',
    options: { root: { type: 'string', default: outDir() }, base: { type: 'string' }, port: { type: 'string', default: '4321' } },
  });
  const base = values.base ?? basePath();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${values.port}: not a port; give a whole number from 0 to 65535`);
  if (!(await stat(values.root).catch(() => undefined))?.isDirectory()) {
    console.error(`--root ${values.root}: no such folder; build the site first (npm run build) or name the folder it was built into`);
    process.exit(2);
  }
  const server = createStaticServer(values.root, base);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? `port ${port} is in use; stop what serves there, or give another with --port` : error.message;
    console.error(`serve: ${hint}`);
    process.exit(1);
  });
  server.listen(port, () => console.log(`Serving ${values.root} at http://localhost:${port}${normaliseBase(base)}`));
}
