import { HEIGHT_MESSAGE, parseOptions, type HeightMessage } from '../lib/embed-options.ts';

/** The widget's part of the options that cannot be static pages (theme, density, limit), read from its query. */
export function applyOptions(doc: Document, search: string): void {
  const query = new URLSearchParams(search);
  const options = parseOptions((key) => query.get(key));
  const root = doc.documentElement;
  root.dataset['theme'] = options.theme;
  root.dataset['density'] = options.density;
  if (options.limit !== undefined) {
    // The most recent entries stay: the list runs newest first.
    for (const entry of [...doc.querySelectorAll<HTMLElement>('[data-entry]')].slice(options.limit)) entry.hidden = true;
    for (const year of doc.querySelectorAll<HTMLElement>('[data-year]')) {
      year.hidden = [...year.querySelectorAll<HTMLElement>('[data-entry]')].every((entry) => entry.hidden);
    }
  }
}

/** Tells the embedding page how tall the widget is, now and after every change. */
export function reportHeight(win: Window, id: string): void {
  if (win.parent === win) return;
  const root = win.document.documentElement;
  const post = (): void => {
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height), id };
    // Any page may embed the widget, so its origin is unknown; a height is no secret.
    win.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(root);
}

/**
 * Moves focus past the entries without following the skip link's fragment: inside a frame, that
 * would add a step to the host page's Back button and overwrite the frame's `#id=`.
 */
export function skipInPlace(doc: Document): void {
  const skip = doc.querySelector<HTMLAnchorElement>('[data-skip]');
  const target = skip && doc.getElementById(skip.hash.slice(1));
  if (!target) return;
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    target.focus();
  });
}
