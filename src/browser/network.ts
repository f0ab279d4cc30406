import { enableControls, type StatusTexts } from './network-controls.ts';
import { highlightNeighbours } from './network-highlight.ts';
import { enableKeyboard } from './network-keyboard.ts';
import { enableLabelZoom } from './network-labels.ts';
import { enablePicture } from './network-picture.ts';
import { scrollHome } from './network-scroll.ts';
import { readGraphView, type NodeView } from './network-view.ts';
import { zoomButtons } from './network-zoom-buttons.ts';

/**
 * Enhances the prerendered network SVG: zoom and pan, labels that keep their size and find room
 * as the reader zooms in, dragging nodes, neighbour highlights on hover and focus, moving among
 * the nodes with the keys, filters and find. Everything is already drawn; this only moves and hides it.
 */
function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg[data-graph]');
  const viewport = svg?.querySelector<SVGGElement>('.viewport');
  const form = root.querySelector<HTMLFormElement>('form[data-network-controls]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!svg || !viewport || !form || !status) return;
  // First, before the work below, so the box is scrolled before the first paint wherever the script
  // comes in time for it (a scroll inside the box moves nothing else on the page).
  scrollHome(svg);
  // The page wrote these texts itself (NetworkExplorer.astro), so they are taken as given.
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as StatusTexts;

  const view = readGraphView(svg);
  const [labelZoom, buttons] = [enableLabelZoom(view.nodes), zoomButtons(root)];
  const picture = enablePicture(svg, viewport, view, (k) => {
    labelZoom(k);
    buttons(k);
  });
  const letGo = highlightNeighbours(svg, view);
  const keyboard = enableKeyboard(svg, view, { reveal: picture.reveal, letGo });
  const showNodes = (shown: readonly NodeView[]) => {
    picture.fit(shown);
    keyboard.settle();
  };
  const controls = enableControls({ form, status, texts }, view, { showNode: picture.showNode, showNodes });
  root.querySelector('[data-zoom-in]')?.addEventListener('click', () => picture.zoomBy(1.5));
  root.querySelector('[data-zoom-out]')?.addEventListener('click', () => picture.zoomBy(1 / 1.5));
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    controls.clear();
    picture.putNodesBack();
    controls.applyFilter();
    picture.resetZoom();
  });
  root.dataset['enhanced'] = '';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-network]')) enhance(root);
