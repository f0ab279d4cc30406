import { countedForm, fillTemplate } from '../i18n/template.ts';
import { carryQueryToOtherLanguage } from './language-switch.ts';
import { excerptParts } from './search-excerpt.ts';
import { exactNamesFirst, NAME_WEIGHT } from './search-order.ts';

/**
 * A result's data, as Pagefind gives it: `content` is the page's text, `excerpt` HTML made from it,
 * `locations` the words of it that matched, `about` the line the page gave it (Base's
 * `searchAbout`), `name` what a city, organisation or engagement page is called, and `lang` the
 * language of an article's title and text where that is not the page's (an untranslated one).
 */
interface Hit {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: { title?: string; about?: string; name?: string; lang?: string };
}

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { baseUrl: string; ranking: { metaWeights: Record<string, number> } }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<Hit> }[] }>;
}

/** Results are listed this many at a time: each costs Pagefind a fragment to fetch. */
const BATCH = 20;

/** One result: its title as a link, what it is (when the page says), and an excerpt of its text. */
function resultItem(doc: Document, hit: Hit): HTMLLIElement {
  const item = doc.createElement('li');
  const link = doc.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta.title ?? hit.url;
  if (hit.meta.lang) link.lang = hit.meta.lang;
  item.append(link);
  if (hit.meta.about) {
    const about = doc.createElement('p');
    about.className = 'about';
    about.textContent = hit.meta.about;
    item.append(about);
  }
  // A page with no text but its title has no excerpt to show.
  const parts = excerptParts({ content: hit.content, excerpt: hit.excerpt, title: hit.meta.title ?? '', locations: hit.locations });
  if (parts.length === 0) return item;
  const excerpt = doc.createElement('p');
  if (hit.meta.lang) excerpt.lang = hit.meta.lang;
  for (const { text, mark } of parts) {
    if (!mark) excerpt.append(text);
    else excerpt.append(Object.assign(doc.createElement('mark'), { textContent: text }));
  }
  item.append(excerpt);
  return item;
}

/**
 * Runs the query in `?q=` against the Pagefind index of this page's language (Pagefind keeps one
 * index per `<html lang>`) and lists the hits, a batch at a time, the "more" button adding the
 * next. The query is set in the page's field and in the header's.
 */
export async function runSearch(doc: Document): Promise<void> {
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const input = doc.querySelector<HTMLInputElement>('#q');
  const more = doc.querySelector<HTMLButtonElement>('[data-search-more]');
  const none = doc.querySelector<HTMLElement>('[data-search-none]');
  const bundle = list?.dataset.bundle;
  if (!list || !status || !input || !bundle) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  carryQueryToOtherLanguage(doc);
  // The header's field shows the query as the page's does: left empty, it read as a second search.
  input.value = query;
  const header = doc.querySelector<HTMLInputElement>('#site-search');
  if (header) header.value = query;
  if (!query) return;
  const year = doc.querySelector<HTMLElement>(`[data-search-year="${CSS.escape(query)}"]`);
  if (year) year.hidden = false;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: bundle.replace(/pagefind\/$/, ''), ranking: { metaWeights: { name: NAME_WEIGHT } } });
  const { results } = await pagefind.search(query);
  const forms = { one: status.dataset.templateOne ?? '{n}', other: status.dataset.template ?? '{n}' };
  status.textContent = fillTemplate(countedForm(doc.documentElement.lang, results.length, forms), { n: results.length.toLocaleString(doc.documentElement.lang), q: query });
  const showNext = async (): Promise<HTMLLIElement[]> => {
    const start = list.children.length;
    const hits = await Promise.all(results.slice(start, start + BATCH).map((r) => r.data()));
    const items = (start === 0 ? exactNamesFirst(hits, query, doc.documentElement.lang) : hits).map((hit) => resultItem(doc, hit));
    list.append(...items);
    if (more) more.hidden = list.children.length >= results.length;
    return items;
  };
  list.replaceChildren();
  if (none) none.hidden = results.length > 0;
  await showNext();
  // Off while a batch loads, so a second click cannot list it twice. A keyboard or screen-reader
  // user carries on from the first new result, not from the button.
  more?.addEventListener('click', async () => {
    more.disabled = true;
    const [first] = await showNext();
    more.disabled = false;
    first?.querySelector('a')?.focus();
  });
}
