import { languages, type Lang } from '../../i18n/languages.ts';
import { clipAtWord } from '../clip-text.ts';
import { HOME_CITY } from '../home-city.ts';
import { labelText } from '../short-label.ts';
import { CHAR_WIDTH, FONT_SIZE } from './label-font.ts';
import type { GraphNode } from './model.ts';
import { isEvent } from './node-events.ts';

/**
 * A label's length at most, cut after a whole word: the whole name is the node's accessible name,
 * and its page's title. At scale the drawn articles' titles ran to 94 characters, each as wide as
 * a fifth of the picture; the seed's longest name, 41, stays whole.
 */
const MAX_LABEL_CHARS = 48;

/** What a node's label says in `lang`, before a frame cuts it. */
export const nodeLabel = (node: GraphNode, lang: Lang): string => clipAtWord(labelText(node, lang), MAX_LABEL_CHARS);

/**
 * A node's label's layer, and its mark's: the centre, then the engagements, then the partners (the
 * network's subject), then the stand-alone articles. A higher layer takes the free spots first and
 * is drawn above the lower ones.
 */
export const labelLayer = (node: GraphNode): number => (node.id === HOME_CITY ? 3 : node.type === 'engagement' ? 2 : isEvent(node) ? 0 : 1);

/** The nodes the picture is read from, the centre and the engagements: the layout keeps room for their names. */
export const isLandmark = (node: GraphNode): boolean => labelLayer(node) >= 2;

/** How wide a node's label is in the language where it is longest, in the drawing's units. */
export const widestLabel = (node: GraphNode): number => Math.max(...languages.map((lang) => nodeLabel(node, lang).length)) * FONT_SIZE * CHAR_WIDTH;
