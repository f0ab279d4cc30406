import { linkHorizontal } from 'd3';
import { clipAtWord } from '../clip-text.ts';
import { nodeRadius } from './layout-graph.ts';
import { FONT_SIZE } from './label-font.ts';
import { CHAR, LABEL_GAP, type Neighbours } from './neighbourhood.ts';
import type { GraphNode, Relation } from './model.ts';

export interface FanNode {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
  /** The label as drawn, cut short when long. */
  text: string;
  /** The label as drawn where the figure is wide, cut later; it runs past the picture's own box. */
  wide: string;
  /** The link's name, also its tooltip (see linkName). */
  name: string;
}

export interface Fan {
  viewBox: [number, number, number, number];
  /** Where the centre's mark goes; it has the radius `r`. */
  centre: { x: number; y: number; r: number };
  rows: FanNode[];
  links: { relation: Relation; d: string }[];
}

/** Line height of a row, the extra space between two groups of types, and how far the rows stand from the centre. */
const ROW = 20;
const GROUP_GAP = 8;
const REACH = 64;
/** Characters of a label kept: with the reach, a row fits a phone's width at full size. */
export const FAN_LABEL_CHARS = 40;
/** Characters kept where the figure is at least 34rem (544 px) wide: a row still fits it. */
export const FAN_WIDE_LABEL_CHARS = 64;

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

/**
 * A node's neighbourhood as a fan: the node on the left, its neighbours in one column in the given
 * order, each group of types set apart, every label level. It reads where a wheel would not: on a
 * narrow screen, with few neighbours, or with long labels.
 */
export function drawFan({ ring }: Neighbours): Fan {
  let y = 0;
  const rows = ring.map(({ node, text, name }, i): FanNode => {
    if (i > 0 && node.type !== ring[i - 1]!.node.type) y += GROUP_GAP;
    const row = { node, x: REACH, y, r: Math.min(nodeRadius(node), 7), text: clipAtWord(text, FAN_LABEL_CHARS), wide: clipAtWord(text, FAN_WIDE_LABEL_CHARS), name };
    y += ROW;
    return row;
  });
  const centre = { x: 0, y: rows.length > 0 ? (rows[0]!.y + rows.at(-1)!.y) / 2 : 0, r: 10 };
  const links = rows.map((row, i) => ({ relation: ring[i]!.relation, d: link({ source: [centre.x, centre.y], target: [row.x, row.y] }) ?? '' }));
  return { viewBox: bounds(rows, centre), centre, rows, links };
}

/** Where a row's label starts. */
export const labelX = (row: FanNode): number => row.x + row.r + LABEL_GAP;

function bounds(rows: readonly FanNode[], centre: Fan['centre'], margin = 8): Fan['viewBox'] {
  const right = Math.max(centre.x + centre.r, ...rows.map((row) => labelX(row) + Array.from(row.text).length * CHAR));
  const top = Math.min(centre.y - centre.r, (rows[0]?.y ?? 0) - FONT_SIZE);
  const bottom = Math.max(centre.y + centre.r, (rows.at(-1)?.y ?? 0) + FONT_SIZE);
  const x0 = centre.x - centre.r - margin;
  return [x0, top - margin, Math.ceil(right + margin - x0), Math.ceil(bottom - top + 2 * margin)];
}
