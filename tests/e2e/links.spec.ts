import { expect, test } from './fixtures.ts';

/**
 * Every address a page refers to: links, assets, and the URLs inside srcset. A src's fragment names
 * no anchor: the page it loads takes it as a parameter (the widget preview's frame id).
 */
function references(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) found.push(match[1] === 'src' ? match[2]!.replace(/#.*/, '') : match[2]!);
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
  /** A link's anchor, with the page it is on and the page it leads to (the same page or another). */
  const fragments: { from: string; page: string; id: string }[] = [];
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
        broken.push(`not an address: "${reference}" on ${url}`);
        continue;
      }
      if (target.origin !== root.origin) continue;
      if (!target.pathname.startsWith(root.pathname)) {
        broken.push(`outside the base: ${reference} on ${url}`);
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      if (id) fragments.push({ from: url, page: target.href, id });
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  // Pages that are not HTML (a PDF's #page=2, say) have no ids to check.
  for (const { from, page, id } of fragments) if (ids.has(page) && !ids.get(page)!.has(id)) broken.push(`${page}#${id}, linked on ${from}, has no such id`);
  expect(fragments.filter((f) => f.page !== f.from).length, 'links to an anchor on another page').toBeGreaterThan(0);

  expect(pages).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});
