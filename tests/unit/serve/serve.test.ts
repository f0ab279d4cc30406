import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, createStaticServer, resolveRequest } from '../../../scripts/serve.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('static preview server', () => {
  const root = mkdtempSync(join(tmpdir(), 'jcd-serve-'));
  const page = '<!doctype html><title>x</title>'.padEnd(4000, ' ');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const server = createStaticServer(root, '/base/');
  let origin = '';
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET', at = origin): Promise<Reply> =>
    new Promise((resolve, reject) => {
      request(`${at}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  before(async () => {
    mkdirSync(join(root, 'id'));
    writeFileSync(join(root, 'id', 'index.html'), page);
    writeFileSync(join(root, 'map.png'), png);
    writeFileSync(join(root, '404.html'), 'missing');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends text gzip-compressed to a client that accepts it, and as it is to one that does not', async () => {
    const zipped = await get('/base/id/', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < page.length / 4, `${zipped.body.length} bytes for ${page.length}`);
    assert.equal(gunzipSync(zipped.body).toString(), page);
    const plain = await get('/base/id/');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers['content-length'], String(page.length));
    assert.equal(plain.body.toString(), page);
  });

  it('sends images as they are, and a compressed 404 page for a miss', async () => {
    const image = await get('/base/map.png', { 'accept-encoding': 'gzip' });
    assert.equal(image.headers['content-encoding'], undefined);
    assert.deepEqual(image.body, png);
    const missing = await get('/base/nowhere/', { 'accept-encoding': 'gzip' });
    assert.equal(missing.status, 404);
    assert.equal(gunzipSync(missing.body).toString(), 'missing');
  });

  it('answers HEAD with headers only and redirects a directory to its slash', async () => {
    const head = await get('/base/id/', { 'accept-encoding': 'gzip' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    const redirect = await get('/base/id');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/base/id/');
  });

  it('redirects only within the site: "//id" leads to "/id/", not to a host called id', async () => {
    assert.deepEqual(await resolveRequest(root, '/', '//id'), { kind: 'redirect', location: '/id/' });
    assert.deepEqual(await resolveRequest(root, '/base/', '/base//id'), { kind: 'redirect', location: '/base/id/' });
  });

  it('keeps serving after clients that hang up before their answer starts', async () => {
    // A server of its own, whose answers are awaited to their end however late they come: one that
    // fails for a client already gone fails here, where the preview would stop on the unhandled rejection.
    const own = createStaticServer(root, '/base/');
    const [answer] = own.listeners('request');
    assert.ok(answer);
    const answers: Promise<void>[] = [];
    own.removeAllListeners('request').on('request', (request: IncomingMessage, response: ServerResponse) => answers.push(answer.call(own, request, response)));
    const clients = 20;
    let open = clients;
    // The server reads every request it will get before the connection it came on closes.
    const closed = new Promise<void>((resolve) => own.on('connection', (socket) => socket.on('close', () => --open === 0 && resolve())));
    await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve));
    const { port } = own.address() as AddressInfo;
    try {
      for (let i = 0; i < clients; i++) {
        const socket = connect(port, '127.0.0.1', () => {
          socket.end(`GET /base/${i % 2 ? 'id/' : 'map.png'} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n`);
          socket.destroy();
        });
      }
      await closed;
      assert.equal(answers.length, clients, 'each client’s request reached the server before it hung up');
      await Promise.all(answers);
      assert.equal((await get('/base/id/', { 'accept-encoding': 'gzip' }, 'GET', `http://127.0.0.1:${port}`)).status, 200);
    } finally {
      own.close();
    }
  });

  it('reads Accept-Encoding as HTTP means it', () => {
    assert.equal(acceptsGzip('gzip'), true);
    assert.equal(acceptsGzip('br, GZIP;q=0.5'), true);
    assert.equal(acceptsGzip('*'), true);
    assert.equal(acceptsGzip('gzip;q=0'), false);
    assert.equal(acceptsGzip('*;q=1, gzip;q=0'), false);
    assert.equal(acceptsGzip('*;q=0, gzip'), true);
    assert.equal(acceptsGzip('identity'), false);
    assert.equal(acceptsGzip(undefined), false);
  });
});
