import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, findBrowser } from '../../scripts/browser.ts';

// The PDFs, Lighthouse and the browser tests drive Chromium with these flags: it must reach this
// machine and nothing else, not even to look a name up.
describe('Chromium as the build and the tests launch it', () => {
  let browser: Browser;
  const server = createServer((_request, response) => response.end('<title>here</title>'));

  before(async () => {
    browser = await chromium.launch({ executablePath: findBrowser(() => {}), args: chromiumArgs() });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    await browser.close();
    server.close();
  });

  it('loads pages from this machine, by address and by the name localhost', async () => {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    for (const host of ['127.0.0.1', 'localhost']) {
      await page.goto(`http://${host}:${port}/`);
      assert.equal(await page.title(), 'here');
    }
  });

  it('resolves no other name, not even this machine’s own from /etc/hosts', async () => {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    const names = [hostname(), 'example.com'].filter((name) => name !== 'localhost');
    for (const name of names) await assert.rejects(page.goto(`http://${name}:${port}/`), /ERR_NAME_NOT_RESOLVED/, name);
  });
});
