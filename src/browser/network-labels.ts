import type { NodeView } from './network-view.ts';

/**
 * Semantic zoom for the labels: zooming in, they keep their size on screen (each is scaled by 1/k
 * about the point it hangs from, its mark's edge), and a label the build had no room for shows
 * from the zoom the build worked out for it (data-label-zoom, place-labels.ts), so the browser
 * does no collision work. Zoomed out, labels shrink with the picture, as in the build's view.
 * Returns what to call with each new zoom factor.
 */
export function enableLabelZoom(nodes: readonly NodeView[]): (k: number) => void {
  const labels = nodes.flatMap(({ el }) => {
    const text = el.querySelector<SVGTextElement>('.label');
    if (!text) return [];
    const from = el.dataset['labelZoom'];
    return [{ el, text, x: first(text.x.baseVal), y: first(text.y.baseVal), from: from === undefined ? undefined : Number(from) }];
  });
  let scale = 1;
  return (k) => {
    const s = 1 / Math.max(1, k);
    if (s === scale) return;
    scale = s;
    for (const { el, text, x, y, from } of labels) {
      if (s === 1) text.removeAttribute('transform');
      else text.setAttribute('transform', `matrix(${s} 0 0 ${s} ${x * (1 - s)} ${y * (1 - s)})`);
      if (from !== undefined) el.classList.toggle('labelled', k >= from);
    }
  };
}

const first = (list: SVGLengthList): number => (list.numberOfItems ? list.getItem(0).value : 0);
