import { countedForm, fillTemplate } from './template.ts';

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string; about?: string } }> }[] }>;
}

const MAX_RESULTS = 20;

/**
 * Runs the query in `?q=` against the Pagefind index of this page's language (Pagefind keeps one
 * index per `<html lang>`) and lists the hits. Excerpts are Pagefind's own escaped HTML.
 */
export async function runSearch(doc: Document): Promise<void> {
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const input = doc.querySelector<HTMLInputElement>('#q');
  if (!list || !status || !input) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  const bundle = list.dataset.bundle!;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: bundle.replace(/pagefind\/$/, '') });
  const { results } = await pagefind.search(query);
  const hits = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  const forms = { one: status.dataset.templateOne ?? '{n}', other: status.dataset.template ?? '{n}' };
  status.textContent = fillTemplate(countedForm(doc.documentElement.lang, results.length, forms), { n: results.length, q: query });
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = hit.url;
      link.textContent = hit.meta.title ?? hit.url;
      const excerpt = doc.createElement('p');
      excerpt.innerHTML = hit.excerpt;
      item.append(link);
      if (hit.meta.about) {
        const about = doc.createElement('p');
        about.className = 'about';
        about.textContent = hit.meta.about;
        item.append(about);
      }
      item.append(excerpt);
      return item;
    }),
  );
}
