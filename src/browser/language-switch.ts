/**
 * Points the header's language switch at the other language's copy of this page with the same
 * query, so a search or a find in the network carries over. The build can only link the bare page.
 */
export function carryQueryToOtherLanguage(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  if (!link) return;
  const url = new URL(link.href);
  url.search = doc.location.search;
  link.href = url.href;
}
