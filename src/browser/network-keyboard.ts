import { isGraphKey, nodeForKey, tabStop } from './network-keys.ts';
import { isShown, nodeOf, type GraphView, type NodeView } from './network-view.ts';

interface Keyboard {
  /** Moves the Tab stop off a node a filter hid, so the nodes on screen keep exactly one. */
  settle(): void;
}

/**
 * The picture's keyboard model, a roving tabindex (WAI-ARIA Authoring Practices): its nodes are one
 * Tab stop, so Tab passes the picture in one step instead of 56 jumping across it; the arrow keys
 * move to the nearest node that way, Home and End to the top-left and bottom-right ones; Escape lets
 * go of the highlights and leaves the nodes for the picture itself, from which Tab leaves the picture. Each node stays a link, named as
 * before, that Enter follows. `reveal` brings a node the keyboard reaches on screen; `letGo` ends the highlights.
 */
export function enableKeyboard(svg: SVGSVGElement, view: GraphView, { reveal, letGo }: { reveal: (node: NodeView) => void; letGo: () => void }): Keyboard {
  const { nodes } = view;
  const centre = nodes.find((n) => n.el.classList.contains('centre'));
  let stop: NodeView | undefined;
  const moveStop = (node: NodeView | undefined) => {
    if (stop) stop.el.tabIndex = -1;
    if (node) node.el.tabIndex = 0;
    stop = node;
  };
  // Chromium lets an SVG element with focus listeners (network-highlight.ts) take focus, which made
  // the picture a Tab stop of its own before its nodes; -1 keeps it one only Escape goes to.
  svg.tabIndex = -1;
  for (const n of nodes) n.el.tabIndex = -1;
  const settle = () => moveStop(tabStop(nodes, isShown, stop, centre));
  settle();
  svg.addEventListener('focusin', (e) => {
    const node = nodeOf(view, e.target);
    if (!node) return;
    moveStop(node);
    // Tab, like the keys, can reach a node the zoom has left off screen. A click's focus is left
    // alone: the picture moving under the pointer would turn the click into a miss.
    if (node.el.matches(':focus-visible')) reveal(node);
  });
  // A click or a drag on the background focuses the picture too, but that leaves the arrows, Home
  // and End to scroll the page, as after a click on the text. Only Escape hands them to the picture.
  // (:focus-visible cannot tell the two apart: a key pressed on a clicked element makes it match.)
  let escaped = false;
  // Focus stays in the picture, on the picture itself, rather than going up to the find field: the
  // page does not jump, the reader hears where they are, and an arrow takes them back to the node.
  // Tab leaves the picture, as out of any widget: the node keeps its Tab stop for the way back in.
  const escape = (from: NodeView | undefined) => {
    letGo();
    if (!from) return;
    svg.focus({ preventScroll: true });
    from.el.tabIndex = -1;
    escaped = true;
  };
  svg.addEventListener('focusout', (e) => {
    if (e.target !== svg) return;
    escaped = false;
    if (stop) stop.el.tabIndex = 0;
  });
  svg.addEventListener('pointerdown', () => {
    escaped = false;
  });
  svg.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const from = nodeOf(view, e.target);
    if (e.key === 'Escape') return escape(from);
    if (!isGraphKey(e.key)) return;
    if (!from && !escaped) return;
    e.preventDefault();
    // From the picture itself (after Escape), an arrow goes back to the node it left.
    const to = nodeForKey(e.key, from, nodes.filter(isShown)) ?? (from ? undefined : stop);
    to?.el.focus({ preventScroll: true });
  });
  return { settle };
}
