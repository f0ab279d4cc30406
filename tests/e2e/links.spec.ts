import { expect, test } from './fixtures.ts';

/** Every address a page refers to: links, assets, and the URLs inside srcset. */
function references(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) found.push(match[1]!);
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) found.push(...match[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
  return found.map((r) => r.replace(/&amp;/g, '&'));
}

const isHtml = (contentType: string | undefined) => (contentType ?? '').startsWith('text/html');

test('crawled from the root, every internal link and asset resolves under the base path', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const root = new URL(baseURL ?? '');
  const queue = [root.href, `${root.href}id/`, `${root.href}en/`, `${root.href}404.html`];
  const seen = new Set(queue);
  const broken: string[] = [];
  const fragments: { page: string; id: string }[] = [];
  const ids = new Map<string, Set<string>>();
  let pages = 0;

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    const status = response.status();
    if (status >= 400) {
      broken.push(`${status} ${url}`);
      continue;
    }
    if (status >= 300) {
      broken.push(`${status} ${url} (links should name the final address, with its trailing slash)`);
      continue;
    }
    if (!isHtml(response.headers()['content-type'])) continue;
    pages += 1;
    const html = await response.text();
    ids.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    for (const reference of references(html)) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(reference) || reference === '') continue;
      let target: URL;
      try {
        target = new URL(reference, url);
      } catch {
        continue;
      }
      if (target.origin !== root.origin) continue;
      if (!target.pathname.startsWith(root.pathname)) {
        broken.push(`outside the base: ${reference} on ${url}`);
        continue;
      }
      if (target.hash && target.pathname === new URL(url).pathname) fragments.push({ page: url, id: decodeURIComponent(target.hash.slice(1)) });
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  for (const { page, id } of fragments) if (!ids.get(page)?.has(id)) broken.push(`#${id} has no target on ${page}`);

  expect(pages).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});
