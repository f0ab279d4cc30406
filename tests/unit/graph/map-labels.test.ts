import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHAR_WIDTH } from '../../../src/lib/graph/label-font.ts';
import { DOT_RADIUS, labelMap, PRINT_FONT_SIZE, type MapLabel } from '../../../src/lib/graph/map-labels.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { keyPart, numberKey } from '../../../src/lib/graph/number-key.ts';
import { partnerMap } from '../../../src/lib/graph/world-map.ts';
import { seedGraphInput } from './seed-input.ts';

const graph = buildGraph(seedGraphInput());
const map = partnerMap(graph);

describe('the printed map’s names', () => {
  for (const lang of ['id', 'en'] as const) {
    const plain = labelMap(map, lang);
    const key = numberKey(plain.unnamed, lang);
    const { labels } = labelMap(map, lang, key);
    const byId = new Map(labels.map((l) => [l.id, l]));

    it(`labels every city once, by its name or by its number in the key (${lang})`, () => {
      const ids = [map.centre!, ...map.cities].map((c) => c.node.id);
      assert.deepEqual(labels.map((l) => l.id).sort(), [...ids].sort());
      assert.ok(plain.unnamed.length > 0 && plain.unnamed.length < map.cities.length, 'the seeds’ European cities crowd, the others have room');
      assert.equal(byId.get('jakarta')?.text, 'Jakarta');
      for (const { node } of map.cities) {
        const number = key.numbers.get(node.id);
        assert.equal(byId.get(node.id)?.text, number === undefined ? (node.short ?? node.name)[lang] : String(number), node.id);
      }
    });

    it(`keeps names clear of each other and of every dot (${lang})`, () => {
      const named = labels.filter((l) => !/^\d+$/.test(l.text));
      for (const [i, a] of named.entries()) {
        for (const b of named.slice(i + 1)) assert.ok(!overlap(box(a), box(b)), `${a.id} and ${b.id}`);
        for (const { node, x, y } of map.cities) {
          if (node.id === a.id) continue;
          assert.ok(!overlap(box(a), { x0: x - DOT_RADIUS, y0: y - DOT_RADIUS, x1: x + DOT_RADIUS, y1: y + DOT_RADIUS }), `${a.id} covers ${node.id}`);
        }
      }
    });
  }

  it('numbers with the key it is given, which the network shares', () => {
    const key = numberKey([...labelMap(map, 'en').unnamed, graph.nodes.find((n) => n.id === 'uclg')!], 'en');
    const numbered = labelMap(map, 'en', key).labels.filter((l) => /^\d+$/.test(l.text));
    assert.ok(numbered.length > 0);
    for (const l of numbered) assert.equal(l.text, String(key.numbers.get(l.id)));
  });

  it('says which cities it numbered, whose part of the key is printed under the map', () => {
    const uclg = graph.nodes.find((n) => n.id === 'uclg')!;
    const key = numberKey([...labelMap(map, 'en').unnamed, uclg], 'en');
    const { labels, numbered } = labelMap(map, 'en', key);
    assert.deepEqual(numbered.sort(), labels.filter((l) => /^\d+$/.test(l.text)).map((l) => l.id).sort());
    const part = keyPart(key, numbered);
    assert.deepEqual([...part.numbers.keys()].sort(), [...numbered].sort());
    // Numbered as in the whole key, which also has the network's numbers (UCLG's, here).
    assert.deepEqual(part.entries, key.entries.filter((e) => e.name !== uclg.name.en));
    assert.ok(part.entries.length < key.entries.length);
  });
});

/** A label's box from where its text starts, at the printed size. */
function box({ text, x, y, anchor }: MapLabel) {
  const w = text.length * PRINT_FONT_SIZE * CHAR_WIDTH;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  // As place-labels.ts measures a label: 1.2 font sizes high, its baseline 0.35 below the middle.
  return { x0, y0: y - PRINT_FONT_SIZE * 0.95, x1: x0 + w, y1: y + PRINT_FONT_SIZE * 0.25 };
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
type Box = { x0: number; y0: number; x1: number; y1: number };
