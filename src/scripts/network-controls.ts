import { filterFromForm, findNode, isVisible } from './network-filter.ts';
import type { GraphView, NodeView } from './network-view.ts';
import { countedForm, fillTemplate } from '../i18n/template.ts';
import { carryQueryToOtherLanguage } from './language-switch.ts';

/** The status line's texts, which the page hands over in its data-texts. */
export type StatusTexts = Record<'shown' | 'found' | 'foundOne' | 'notFound', string>;

interface Controls {
  /** Hides what the menus filter out, and says how many nodes are left. */
  applyFilter(): void;
  /** Empties the menus, the find field and its ?q= in the address, and lets go of the found node. */
  clear(): void;
}

/** The filter menus and the find field; a node found is handed to `showNode`, the nodes a filter leaves to `showNodes`. */
export function enableControls(
  { form, status, texts }: { form: HTMLFormElement; status: HTMLElement; texts: StatusTexts },
  { nodes, edges }: GraphView,
  { showNode, showNodes }: { showNode: (node: NodeView) => void; showNodes: (shown: readonly NodeView[]) => void },
): Controls {
  const applyFilter = () => {
    const filter = filterFromForm(new FormData(form));
    const shown = new Set(nodes.filter((n) => isVisible(n, filter)).map((n) => n.id));
    for (const n of nodes) n.el.classList.toggle('is-hidden', !shown.has(n.id));
    for (const e of edges) e.el.classList.toggle('is-hidden', !(shown.has(e.source) && shown.has(e.target)));
    status.textContent = fillTemplate(texts.shown, { n: localNumber(shown.size), total: localNumber(nodes.length) });
    showNodes(nodes.filter((n) => shown.has(n.id)));
  };
  form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement) applyFilter();
  });
  // Back on this page, the browser puts the reader's filters back into the menus, after this runs.
  addEventListener('pageshow', () => {
    if ([...form.querySelectorAll('select')].some((select) => select.value)) applyFilter();
  });
  const find = (query: string) => {
    for (const n of nodes) n.el.classList.remove('is-active');
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    const node = findNode(nodes, query, (n) => !n.el.classList.contains('is-hidden'));
    if (!node) {
      status.textContent = fillTemplate(texts.notFound, { q: query });
      return;
    }
    if (node.el.classList.contains('is-hidden')) {
      // Only the filters: form.reset() would also empty the field the reader just typed into.
      for (const select of form.querySelectorAll('select')) select.value = '';
      applyFilter();
    }
    node.el.classList.add('is-active');
    showNode(node);
    const n = node.degree;
    const found = countedForm(document.documentElement.lang, n, { one: texts.foundOne, other: texts.found });
    status.textContent = fillTemplate(found, { name: node.names[0] ?? node.id, n: localNumber(n) });
  };
  // A find is kept in the address as ?q=, so it can be shared, and other pages can link to a node.
  const keepInAddress = (query: string) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    carryQueryToOtherLanguage(document);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = String(new FormData(form).get('q') ?? '');
    keepInAddress(query);
    find(query);
  });
  const linked = new URLSearchParams(location.search).get('q');
  const input = form.elements.namedItem('q');
  if (linked && input instanceof HTMLInputElement) {
    input.value = linked;
    find(linked);
    carryQueryToOtherLanguage(document);
  }
  return {
    applyFilter,
    clear() {
      form.reset();
      keepInAddress('');
      for (const n of nodes) n.el.classList.remove('is-active');
    },
  };
}

const localNumber = (n: number) => n.toLocaleString(document.documentElement.lang);
