import { settleLimit } from '../lib/embed-limit.ts';
import { filterKey, heightFor, parseOptions, widgetUrl } from '../lib/embed-options.ts';
import { iframeSnippet, loaderSnippet } from '../lib/embed-snippet.ts';

/**
 * The embed page's code generator: the chosen options become the two snippets and the preview.
 * Without it the page shows the default snippets, which are complete. The fields are no form:
 * there is nothing to submit.
 */
export function startGenerator(panel: HTMLElement): void {
  const doc = panel.ownerDocument;
  // The page's own address, not the build's SITE_URL: the snippets must point where this page is.
  const siteBase = new URL(panel.dataset['base'] ?? '/', doc.location.href).href;
  // Each language's title for each filter: the widget is named for what it shows.
  const titles = JSON.parse(panel.dataset['titles'] ?? '{}') as Record<string, Record<string, string>>;
  const loader = doc.querySelector<HTMLTextAreaElement>('[data-embed-code="loader"]');
  const iframe = doc.querySelector<HTMLTextAreaElement>('[data-embed-code="iframe"]');
  const preview = doc.querySelector<HTMLIFrameElement>('[data-embed-preview]');
  const status = doc.querySelector<HTMLElement>('[data-copy-status]');

  const update = (): void => {
    const fields = new Map([...panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((f) => [f.name, f.value]));
    const [filterType, filterId] = (fields.get('filter') ?? '').split(':');
    const options = parseOptions((key) => (key === 'partner' || key === 'kind' ? (key === filterType ? filterId : null) : fields.get(key)));
    const title = titles[options.lang]?.[filterKey(options.filter)] ?? '';
    if (loader) loader.value = loaderSnippet(siteBase, options, title);
    if (iframe) iframe.value = iframeSnippet(siteBase, options, title);
    if (preview) {
      const src = widgetUrl(siteBase, options, preview.dataset['frameId']);
      if (preview.src !== src) preview.src = src;
      preview.title = title;
    }
  };
  // As tall as the widget, the way the loader sizes it, up to the page's max-height: a short
  // timeline leaves no empty frame, a long one scrolls inside.
  const origin = new URL(siteBase).origin;
  doc.defaultView?.addEventListener('message', (event) => {
    const height = preview && heightFor(event, origin, preview, preview.dataset['frameId'] ?? '');
    if (!height) return;
    // The frame's height includes its border (border-box).
    const border = preview.offsetHeight - preview.clientHeight;
    preview.style.height = `${height + border}px`;
  });
  // Once the reader leaves the limit field it says the limit the code uses, and why when that is not
  // what was typed; its listener runs before the panel's, which then reads the settled value.
  const limit = panel.querySelector<HTMLInputElement>('input[name="limit"]');
  const limitStatus = doc.querySelector<HTMLElement>('[data-limit-status]');
  limit?.addEventListener('change', () => {
    const { value, note } = settleLimit(limit.validity.badInput ? null : limit.value, parseOptions((key) => (key === 'limit' ? limit.value : null)).limit);
    limit.value = value;
    if (limitStatus) limitStatus.textContent = note ? (limitStatus.dataset[note] ?? '') : '';
  });
  panel.addEventListener('input', update);
  panel.addEventListener('change', update);
  update();

  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const field = doc.getElementById(button.dataset['copy'] ?? '');
    if (!(field instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // Emptied first, so a second copy is announced again; said only when the copy worked, with
      // focus left on the button. Where the clipboard is refused or absent, focus goes to the code,
      // selected, for the reader to copy by hand.
      if (status) status.textContent = '';
      const copied = (await navigator.clipboard?.writeText(field.value).then(() => true, () => false)) ?? false;
      if (!copied) field.select();
      else if (status) status.textContent = status.dataset['copied'] ?? '';
    });
  }
}
