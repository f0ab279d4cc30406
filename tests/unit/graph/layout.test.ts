import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawGraph, unnamedPartners } from '../../../src/lib/graph/drawing.ts';
import { layoutGraph } from '../../../src/lib/graph/layout-graph.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { numberKey } from '../../../src/lib/graph/number-key.ts';
import { labelZoom, overlapZooms, placeLabels, type PlacedLabel } from '../../../src/lib/graph/place-labels.ts';
import { MAX_ZOOM } from '../../../src/lib/graph/zoom-limits.ts';
import { seedGraphInput } from './seed-input.ts';
import type { DrawnNode } from '../../../src/lib/graph/drawing.ts';
import { CHAR_WIDTH, FONT_SIZE } from '../../../src/lib/graph/label-font.ts';
import { printedPictures } from '../../../src/lib/graph/printed-pictures.ts';

const squareAround = ({ x, y }: DrawnNode, half: number): Box => ({ x0: x - half, y0: y - half, x1: x + half, y1: y + half });
/** A drawn label's box, from where it hangs and how it is anchored, as the SVG shows it. */
function placedLabel({ text, label: { x, y, dx, dy, anchor } }: DrawnNode): { text: string; box: Box } {
  const [w, h] = [text.length * FONT_SIZE * CHAR_WIDTH, FONT_SIZE * 1.2];
  const [left, middle] = [anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - w : x + dx - w / 2, y + dy - FONT_SIZE * 0.35];
  return { text, box: { x0: left, y0: middle - h / 2, x1: left + w, y1: middle + h / 2 } };
}

const graph = buildGraph(seedGraphInput());

describe('layoutGraph', () => {
  it('gives the same coordinates for the same input', () => {
    assert.deepEqual([...layoutGraph(graph).positions], [...layoutGraph(buildGraph(seedGraphInput())).positions]);
  });

  it('holds Jakarta at the centre and keeps every mark inside the view box', () => {
    const layout = layoutGraph(graph);
    assert.deepEqual(layout.positions.get('jakarta'), { x: 0, y: 0 });
    const [x, y, w, h] = layout.viewBox;
    for (const [id, p] of layout.positions) {
      const r = layout.radius.get(id)!;
      assert.ok(p.x - r >= x && p.x + r <= x + w && p.y - r >= y && p.y + r <= y + h, `${id} inside`);
    }
  });

  it('does not let marks overlap', () => {
    const layout = layoutGraph(graph);
    const nodes = [...layout.positions].map(([id, p]) => ({ id, ...p, r: layout.radius.get(id)! }));
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r, `${a.id} and ${b.id} overlap`);
    }
  });
});

describe('labels', () => {
  const requests = (lang: 'id' | 'en') =>
    drawGraph(graph, lang).nodes.map((n) => ({ id: n.node.id, text: n.text, at: n, r: n.r, priority: n.node.degree }));

  it('never overlap each other, in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      const boxes = placeLabels(requests(lang), [])
        .filter((l) => l.zoom === 1)
        .map((l) => l.box);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `${lang}: labels overlap`);
      }
    }
  });

  it('cover no node’s mark, in the first view or in print, in either language, and Jakarta and every engagement keep theirs', () => {
    const layout = layoutGraph(graph);
    for (const lang of ['id', 'en'] as const) {
      for (const [picture, drawing] of [['screen', drawGraph(graph, lang, { layout })], ['print', printedPictures(graph, layout, lang).drawing]] as const) {
        const shown = drawing.nodes.filter((n) => n.label.zoom === 1 || n.key !== undefined);
        // The marks as NodeMark draws them: a diamond's tips reach past the radius.
        const marks = drawing.nodes.map((n) => ({ id: n.node.id, box: squareAround(n, n.r * (n.node.type === 'engagement' ? 1.25 : n.node.type === 'article' ? 1.2 : 1)) }));
        for (const n of shown) {
          const { text, box } = placedLabel(n);
          const covered = marks.filter((m) => m.id !== n.node.id && overlap(m.box, box)).map((m) => m.id);
          assert.deepEqual(covered, [], `${lang}, ${picture}: “${text}” covers`);
        }
        for (const n of drawing.nodes.filter((d) => d.node.type === 'engagement' || d.node.id === 'jakarta')) assert.equal(n.label.zoom, 1, `${lang}, ${picture}: ${n.node.id} is named`);
      }
    }
  });

  it('show every event and Jakarta at the default zoom', () => {
    const drawn = drawGraph(graph, 'en').nodes;
    for (const n of drawn.filter((d) => d.node.type === 'engagement' || d.node.id === 'jakarta')) assert.equal(n.label.zoom, 1, `${n.node.id} is labelled`);
  });

  it('move aside for a mark in the way', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Abc', at: { x: 0, y: 0 }, r: 4, priority: 1 }], [{ at: { x: 12, y: 0 }, r: 4 }]);
    assert.equal(label?.anchor, 'end');
  });
});

describe('labels as the reader zooms in', () => {
  // Boxes as the screen shows them at zoom k: the picture scales, a label keeps its size.
  const label = (x: number, y: number, w: number) => ({ scaled: { x0: x, y0: y, x1: x, y1: y }, fixed: { x0: 0, y0: -5, x1: w, y1: 5 } });

  it('overlap over the range of zooms where the points they hang from are too close', () => {
    // b hangs 5 units right of a, which is 10 wide: they overlap until 5k ≥ 10.
    assert.deepEqual(overlapZooms(label(0, 0, 10), label(5, 0, 10)), [0, 2]);
    // One 20 units below the other, 10 high: apart from k = 0.5.
    assert.deepEqual(overlapZooms(label(0, 0, 10), label(0, 20, 10)), [0, 0.5]);
    // Hung from the same point: no zoom parts them, or none brings them together.
    assert.deepEqual(overlapZooms(label(0, 0, 10), label(0, 0, 10)), [0, Infinity]);
    assert.equal(overlapZooms(label(0, 0, 10), { ...label(0, 0, 10), fixed: { x0: -15, y0: -5, x1: -5, y1: 5 } }), undefined);
  });

  it('show from the zoom that parts them from every label shown by then', () => {
    const b = label(5, 0, 10);
    assert.equal(labelZoom(b, [{ id: 'a', box: label(0, 0, 10), zoom: 1 }]), 2);
    // A label that itself shows only from 3 is no obstacle before then, and the two are apart by 2.
    assert.equal(labelZoom(b, [{ id: 'a', box: label(0, 0, 10), zoom: 3 }]), 1);
    // A mark grows with the picture: one whose left edge is 6 units away clears a label w wide from k = w / 6.
    const mark = { scaled: { x0: 6, y0: -4, x1: 14, y1: 4 }, fixed: { x0: 0, y0: 0, x1: 0, y1: 0 } };
    assert.equal(labelZoom(label(0, 0, 6), [{ id: 'm', box: mark, zoom: 1 }]), 1);
    assert.equal(labelZoom(label(0, 0, 12), [{ id: 'm', box: mark, zoom: 1 }]), 2);
  });

  it('leaves no label of the seed graph overlapping another label or a mark at any zoom, in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      const asked = drawGraph(graph, lang).nodes.map((n) => ({ id: n.node.id, text: n.text, at: n, r: n.r, priority: n.node.degree }));
      const placed = placeLabels(asked, asked);
      for (let k = 1; k <= MAX_ZOOM; k += 0.05) {
        const shown = placed.filter((l) => l.zoom !== undefined && l.zoom <= k).map((l) => ({ id: l.id, box: screenBox(l, k) }));
        for (const [i, a] of shown.entries()) {
          for (const b of shown.slice(i + 1)) assert.ok(!overlap(a.box, b.box), `${lang}: ${a.id} and ${b.id} overlap at ${k.toFixed(2)}`);
          for (const m of asked) {
            if (m.id === a.id) continue;
            const mark = { x0: k * (m.at.x - m.r), y0: k * (m.at.y - m.r), x1: k * (m.at.x + m.r), y1: k * (m.at.y + m.r) };
            assert.ok(!overlap(a.box, mark), `${lang}: ${a.id} covers ${m.id} at ${k.toFixed(2)}`);
          }
        }
      }
      const never = placed.filter((l) => l.zoom === undefined).map((l) => l.id);
      assert.deepEqual(never, [], `${lang}: every label shows by some zoom`);
    }
  });
});

describe('a keyed drawing (the printed archive’s, which cannot zoom)', () => {
  for (const lang of ['id', 'en'] as const) {
    const plain = drawGraph(graph, lang);
    const keyed = drawGraph(graph, lang, { key: numberKey(unnamedPartners(plain), lang) });
    const byId = new Map(keyed.nodes.map((n) => [n.node.id, n]));

    it(`keeps every name that fits where it was, and numbers the rest (${lang})`, () => {
      const unnamed = plain.nodes.filter((n) => n.label.zoom !== 1);
      assert.ok(unnamed.length > 0, 'the seed graph has names with no room at the first zoom');
      for (const n of plain.nodes.filter((n) => n.label.zoom === 1)) {
        const { paper: _paper, ...label } = byId.get(n.node.id)!.label;
        assert.deepEqual(label, n.label, `${n.node.id} keeps its label`);
        assert.equal(byId.get(n.node.id)?.key, undefined);
      }
      for (const n of unnamed) assert.equal(byId.get(n.node.id)?.text, String(byId.get(n.node.id)?.key));
    });

    it(`lays every label it shows on paper for print, which clears the lines under it (${lang})`, () => {
      assert.ok(plain.nodes.every((n) => n.label.paper === undefined), 'a drawing that zooms has its halo');
      for (const n of keyed.nodes) {
        const shown = n.label.zoom === 1 || n.key !== undefined;
        assert.equal(n.label.paper !== undefined, shown, n.node.id);
        if (!n.label.paper) continue;
        // The paper holds the text's anchor point: it is under the label, not beside it.
        const { x0, y0, x1, y1 } = n.label.paper;
        const at = { x: n.label.x + n.label.dx, y: n.label.y + n.label.dy };
        assert.ok(x0 - 0.1 <= at.x && at.x <= x1 + 0.1 && y0 <= at.y && at.y <= y1, `${n.node.id}'s text starts on its paper`);
      }
    });

    it(`numbers from 1 in the alphabetical order of the names (${lang})`, () => {
      const numbered = keyed.nodes.filter((n) => n.key !== undefined).sort((a, b) => (a.key ?? 0) - (b.key ?? 0));
      assert.deepEqual(
        numbered.map((n) => n.key),
        numbered.map((_, i) => i + 1),
      );
      const names = numbered.map((n) => n.node.name[lang]);
      assert.deepEqual(names, [...names].sort(new Intl.Collator(lang).compare));
    });

    it(`keeps the name of a node that another picture numbered, and the other numbers (${lang})`, () => {
      const [named] = plain.nodes.filter((n) => n.label.zoom === 1 && n.node.type === 'city');
      const key = numberKey([named!.node, ...unnamedPartners(plain)], lang);
      const shared = drawGraph(graph, lang, { key });
      const node = shared.nodes.find((n) => n.node.id === named!.node.id);
      assert.deepEqual([node?.text, node?.key], [plain.nodes.find((n) => n.node.id === named!.node.id)?.text, undefined]);
      for (const n of shared.nodes.filter((n) => n.key !== undefined)) assert.equal(n.key, key.numbers.get(n.node.id));
    });
  }
});

describe('a keyed drawing of a graph with stand-alone articles', () => {
  // The seed articles again, twelve times over, as articles of no engagement: events of their own.
  const input = seedGraphInput();
  const loose = Array.from({ length: 12 }, (_, i) => {
    const { engagement: _engagement, ...data } = input.articles[i % input.articles.length]!.data;
    return { id: `loose-${i}`, data: { ...data, id: `loose-${i}` } };
  });
  const withArticles = buildGraph({ ...input, articles: [...input.articles, ...loose] });

  it('numbers the partners with no room, never an article, whose titles would bury them in the key', () => {
    const plain = drawGraph(withArticles, 'en');
    const keyed = new Map(drawGraph(withArticles, 'en', { key: numberKey(unnamedPartners(plain), 'en') }).nodes.map((n) => [n.node.id, n]));
    const unnamed = plain.nodes.filter((n) => n.label.zoom !== 1);
    assert.ok(unnamed.some((n) => n.node.type === 'article'), 'some article titles have no room');
    for (const n of unnamed) assert.equal(keyed.get(n.node.id)?.key !== undefined, n.node.type !== 'article', n.node.id);
  });
});

/** A placed label's box on screen at zoom k: its point moves with the picture, its size stays. */
const screenBox = (l: PlacedLabel, k: number) => ({ x0: k * l.x + (l.box.x0 - l.x), y0: k * l.y + (l.box.y0 - l.y), x1: k * l.x + (l.box.x1 - l.x), y1: k * l.y + (l.box.y1 - l.y) });
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
type Box = PlacedLabel['box'];
