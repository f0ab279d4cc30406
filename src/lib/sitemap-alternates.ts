import type { LinkItem, SitemapItem } from '@astrojs/sitemap';
import { isLang } from '../i18n/languages.ts';
import { byCodeUnits } from './code-unit-order.ts';
import { getOrCreate } from './get-or-create.ts';

/** Where a page sits among its versions: the path they share, and its hreflang. */
function versionOf(url: string, siteRoot: string): { path: string; hreflang: string } | undefined {
  if (!url.startsWith(siteRoot)) return undefined;
  const rest = url.slice(siteRoot.length);
  // The root is the language chooser, as its own head says.
  if (rest === '') return { path: '', hreflang: 'x-default' };
  const slash = rest.indexOf('/');
  const first = slash < 0 ? rest : rest.slice(0, slash);
  // The language alone, as every page's head names its versions: one English for every reader, not Britain's.
  return isLang(first) ? { path: slash < 0 ? '' : rest.slice(slash + 1), hreflang: first } : undefined;
}

const byUrl = (a: LinkItem, b: LinkItem): number => byCodeUnits(a.url, b.url);

/**
 * The sitemap's hreflang links, found in one pass. @astrojs/sitemap's own `i18n` option finds a
 * page's versions by comparing it with every other page: half a second of a 10,000-page build, and
 * growing with the square. @astrojs/sitemap calls `filter` on every page before it calls
 * `serialize` on any, so `filter` files each page it keeps under the path its versions share and
 * `serialize` links the page to them: the same page in each language, and the root chooser as
 * x-default.
 */
export function sitemapAlternates(siteRoot: string, keep: (page: string) => boolean) {
  const groups = new Map<string, LinkItem[]>();
  return {
    filter(page: string): boolean {
      if (!keep(page)) return false;
      const version = versionOf(page, siteRoot);
      if (version) getOrCreate(groups, version.path, () => []).push({ url: page, lang: version.hreflang });
      return true;
    },
    serialize(item: SitemapItem): SitemapItem {
      const version = versionOf(item.url, siteRoot);
      const links = version && groups.get(version.path);
      return links && links.length > 1 ? { ...item, links: links.sort(byUrl) } : item;
    },
  };
}
