import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, type Graph, type GraphNode } from '../../../src/lib/graph/model.ts';
import { CHAR, MAX_ARTICLES, MAX_SPOKES, neighboursOf } from '../../../src/lib/graph/neighbourhood.ts';
import { drawWheel, legibleWheel, MAX_WHEEL_WIDTH, MIN_WHEEL_SPOKES } from '../../../src/lib/graph/wheel.ts';
import { seedGraphInput } from './seed-input.ts';

const graph = buildGraph(seedGraphInput());

const wheelOf = (id: string, lang: 'id' | 'en') => drawWheel(neighboursOf(graph, id, lang)!);

describe('neighbourhood wheel', () => {
  it('puts the node in the middle and everything linked to it on the ring', () => {
    const wheel = wheelOf('c40', 'en');
    assert.deepEqual(wheel.ring.map((n) => n.node.id).sort(), ['partner-organisations-meeting-2022', 'u20-mayors-summit-2018']);
    assert.deepEqual(wheel.spokes.map((s) => [s.x, s.y]), wheel.ring.map((n) => [n.x, n.y]));
  });

  it('spaces spokes further apart than a line of text, so labels cannot touch', () => {
    const wheel = wheelOf('u20-mayors-summit-2018', 'id');
    assert.equal(wheel.ring.length, graph.edges.filter((e) => e.target === 'u20-mayors-summit-2018').length);
    const [a, b] = wheel.ring;
    assert.ok(Math.hypot(a!.x - b!.x, a!.y - b!.y) > 11 * 1.2);
  });

  it('keeps every label inside the picture', () => {
    const wheel = wheelOf('u20-mayors-summit-2018', 'en');
    const [x, y, w, h] = wheel.viewBox;
    for (const n of wheel.ring) {
      const reach = Math.hypot(n.x, n.y) + n.r + 4 + n.text.length * CHAR;
      const angle = Math.atan2(n.y, n.x);
      const [ex, ey] = [reach * Math.cos(angle), reach * Math.sin(angle)];
      assert.ok(ex >= x && ex <= x + w && ey >= y && ey <= y + h, `${n.text} fits`);
    }
  });

  it('gives a hub its engagements, partners and only its latest few articles, which its page lists in full', () => {
    const articles = Array.from({ length: 200 }, (_, i): GraphNode => {
      const date = `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`;
      return { id: `article-${String(i).padStart(3, '0')}`, type: 'article', name: { id: `Artikel ${i}`, en: `Artikel ${i}` }, kind: 'article', date, degree: 1, events: [], years: [2020] };
    });
    const hub: Graph = { nodes: [...graph.nodes, ...articles], edges: [...graph.edges, ...articles.map((a) => ({ source: a.id, target: 'jakarta', relation: 'mentioned' as const }))] };
    const shown = neighboursOf(hub, 'jakarta', 'en')!;
    const neighbours = hub.edges.filter((e) => e.source === 'jakarta' || e.target === 'jakarta');
    const others = neighbours.filter((e) => !e.source.startsWith('article-')).length;
    assert.equal(shown.ring.filter((n) => n.node.type !== 'article').length, others);
    assert.equal(shown.ring.length, others + MAX_ARTICLES);
    assert.ok(shown.ring.length < MAX_SPOKES);
    assert.equal(shown.omitted, neighbours.length - shown.ring.length);
    assert.deepEqual(shown.omittedTypes, ['article'], 'what its caption sends the reader to the page\'s lists for');
    const shownDates = shown.ring.filter((n) => n.node.type === 'article').map((n) => n.node.date!);
    assert.deepEqual(shownDates, [...shownDates].sort(), 'articles in date order, as the timeline lists them');
    const leftOut = articles.filter((a) => !shown.ring.some((n) => n.node.id === a.id)).map((a) => a.date!);
    assert.ok(shownDates.every((d) => leftOut.every((o) => o <= d)), 'the latest articles are shown');
  });

  it('keeps to MAX_SPOKES neighbours of any type, the engagements and partners first', () => {
    const partners = Array.from({ length: MAX_SPOKES + 5 }, (_, i): GraphNode => ({ id: `org-${String(i).padStart(3, '0')}`, type: 'organisation', name: { id: `Org ${i}`, en: `Org ${i}` }, kind: 'city-network', degree: 1, events: [], years: [] }));
    const hub: Graph = { nodes: [...graph.nodes, ...partners], edges: [...graph.edges, ...partners.map((p) => ({ source: 'jakarta', target: p.id, relation: 'mentioned' as const }))] };
    const shown = neighboursOf(hub, 'jakarta', 'en')!;
    assert.equal(shown.ring.length, MAX_SPOKES);
    assert.equal(shown.omitted, MAX_SPOKES + 5 + 3 - MAX_SPOKES);
    assert.deepEqual(shown.omittedTypes, ['organisation']);
  });

  it('names the node an edge ends at when the graph lacks it', () => {
    const broken: Graph = { nodes: graph.nodes, edges: [...graph.edges, { source: 'atlantis', target: 'c40', relation: 'part-of' }] };
    assert.throws(() => neighboursOf(broken, 'c40', 'en'), /neighboursOf\("c40"\): its edge to "atlantis" ends at no node/);
  });

  it('is left to the fan for a few neighbours, whose labels a wheel would turn steeply', () => {
    const c40 = neighboursOf(graph, 'c40', 'en')!;
    assert.ok(c40.ring.length < MIN_WHEEL_SPOKES);
    assert.equal(legibleWheel(c40), undefined);
  });

  it('is drawn only while its labels are short enough to read at the figure width', () => {
    const summit = neighboursOf(graph, 'u20-mayors-summit-2018', 'en')!;
    assert.ok(drawWheel(summit).viewBox[2] <= MAX_WHEEL_WIDTH);
    assert.deepEqual(legibleWheel(summit), drawWheel(summit));
    const title = 'Pemprov DKI dan Kota Mitra Menandatangani Nota Kesepahaman tentang Transportasi Publik';
    const long = { ...summit, ring: summit.ring.map((n) => ({ ...n, text: title })) };
    assert.ok(drawWheel(long).viewBox[2] > MAX_WHEEL_WIDTH);
    assert.equal(legibleWheel(long), undefined);
  });

  it('labels a long-named body by its short name, and names its link in full', () => {
    const uclg = neighboursOf(graph, 'u20-mayors-summit-2018', 'en')!.ring.find((n) => n.node.id === 'uclg')!;
    assert.deepEqual([uclg.text, uclg.name], ['UCLG', 'UCLG (United Cities and Local Governments)']);
    const iclei = neighboursOf(graph, 'partner-organisations-meeting-2022', 'en')!.ring.find((n) => n.node.id === 'iclei')!;
    assert.deepEqual([iclei.text, iclei.name], ['ICLEI', 'ICLEI – Local Governments for Sustainability']);
    const summit = wheelOf('c40', 'en').ring.find((n) => n.node.id === 'u20-mayors-summit-2018')!;
    assert.deepEqual([summit.text, summit.name], ['U20 Mayors Summit 2018', 'U20 Mayors Summit 2018 (Governor on a panel at the U20 Mayors Summit in Buenos Aires)']);
    const berlin = neighboursOf(graph, 'u20-mayors-summit-2018', 'en')!.ring.find((n) => n.node.id === 'berlin')!;
    assert.deepEqual([berlin.text, berlin.name], ['Berlin', 'Berlin']);
  });

  it('has nothing to draw for an unknown id', () => {
    assert.equal(neighboursOf(graph, 'atlantis', 'en'), undefined);
  });
});
