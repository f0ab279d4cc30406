import type { Links } from './urls.ts';

export interface NavTab {
  section: 'timeline' | 'network' | 'archive' | 'embed';
  /** The section's own page. */
  href: string;
  /** The folders of the other pages the section holds. */
  below: readonly string[];
}

/**
 * The main navigation's tabs. The timeline holds its years and filters and the pages of what it
 * lists, engagements and articles. Cities and organisations belong to the network: they are its
 * nodes, which it lists and links, and each one's page draws its neighbourhood and opens it in the
 * network; the timeline lists entries, and names them only as partners. The about page is the
 * footer's: a fifth tab left one alone on a second row on a phone.
 */
export const navTabs = (links: Links): NavTab[] => [
  { section: 'timeline', href: links.home(), below: [links.folder('timeline'), links.folder('engagements'), links.folder('articles')] },
  { section: 'network', href: links.network(), below: [links.folder('cities'), links.folder('organisations')] },
  { section: 'archive', href: links.archive(), below: [links.archive()] },
  { section: 'embed', href: links.embed(), below: [] },
];

/** A tab's aria-current on the page at `here`: "page" on the tab's own page, "true" on another page of its section. */
export function navCurrent(tab: NavTab, here: string): 'page' | 'true' | undefined {
  if (here === tab.href) return 'page';
  return tab.below.some((folder) => here.startsWith(folder)) ? 'true' : undefined;
}
