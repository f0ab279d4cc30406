import { filterFromForm, findNode, isVisible, searchWithForm } from './network-filter.ts';
import { isShown, type GraphView, type NodeView } from './network-view.ts';
import { fillTemplate } from '../i18n/template.ts';
import { carryQueryToOtherLanguage } from './language-switch.ts';

/** The status line's texts, and the site search's page a find that misses links, which the page hands over in its data-texts. */
export type StatusTexts = Record<'shown' | 'notFound' | 'searchFor' | 'searchPage', string>;

interface Controls {
  /** Hides what the menus filter out, and says how many nodes are left. */
  applyFilter(): void;
  /** Empties the menus, the find field and what the address kept of them, and lets go of the found node. */
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
  // The whole form is kept in the address (?q=&year=&type=&event=), so a filtered view can be
  // shared or reloaded, and the language switch carries it over; an empty field leaves no trace.
  const keepInAddress = () => {
    const url = new URL(location.href);
    url.search = searchWithForm(url.search, new FormData(form));
    history.replaceState(history.state, '', url);
    carryQueryToOtherLanguage(document);
  };
  const selects = [...form.querySelectorAll('select')];
  form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement) applyFilter();
    keepInAddress();
  });
  // Back on this page, the browser puts the reader's filters back into the menus, after this runs.
  addEventListener('pageshow', () => {
    if (selects.some((select) => select.value)) applyFilter();
  });
  const find = (query: string) => {
    for (const n of nodes) n.el.classList.remove('is-active');
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    const node = findNode(nodes, query, isShown);
    if (!node) {
      status.replaceChildren(`${fillTemplate(texts.notFound, { q: query })} `, searchLink(query, texts));
      return;
    }
    // Focus goes to the node, whose name says what it is and how many links it has: the status
    // saying it too had a screen reader read it twice. It speaks only when the filters are reset.
    status.textContent = '';
    if (!isShown(node)) {
      // Only the filters: form.reset() would also empty the field the reader just typed into.
      for (const select of selects) select.value = '';
      applyFilter();
      keepInAddress();
    }
    node.el.classList.add('is-active');
    showNode(node);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    keepInAddress();
    find(String(new FormData(form).get('q') ?? ''));
  });
  // The state an address holds, from a shared view or another page's link to a node (?q=).
  const linked = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = linked.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  if (selects.some((select) => select.value)) applyFilter();
  const query = linked.get('q');
  const input = form.elements.namedItem('q');
  if (query && input instanceof HTMLInputElement) {
    input.value = query;
    find(query);
  }
  if (linked.size) carryQueryToOtherLanguage(document);
  return {
    applyFilter,
    clear() {
      form.reset();
      keepInAddress();
      for (const n of nodes) n.el.classList.remove('is-active');
    },
  };
}

/**
 * A site search for what a find missed: the name may be a node the graph leaves out, or be named
 * only in the articles, and the search leads to its page either way.
 */
function searchLink(query: string, { searchFor, searchPage }: StatusTexts): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  link.textContent = fillTemplate(searchFor, { q: query.trim() });
  return link;
}

const localNumber = (n: number) => n.toLocaleString(document.documentElement.lang);
