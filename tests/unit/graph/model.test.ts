import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexEntities } from '../../../src/lib/entities.ts';
import { buildGraph, type Graph, type GraphEdge, type GraphNode } from '../../../src/lib/graph/model.ts';
import { isEvent } from '../../../src/lib/graph/node-events.ts';
import { mostConnected } from '../../../src/lib/graph/most-connected.ts';
import { filterFromForm, findNode, isVisible, searchWithForm } from '../../../src/browser/network-filter.ts';
import { seedGraphInput } from './seed-input.ts';

const input = seedGraphInput();
const graph = buildGraph(input);
const node = (id: string) => graph.nodes.find((n) => n.id === id);
const linked = (g: Graph, a: string, b: string) => g.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)).map((e) => e.relation);

const SUMMIT = 'u20-mayors-summit-2018';
const MEETING = 'partner-organisations-meeting-2022';

describe('the graph of the seeds', () => {
  it('has one event node per engagement and entity nodes for everyone involved', () => {
    assert.deepEqual(
      graph.nodes.filter((n) => n.type === 'engagement').map((n) => n.id),
      input.engagements.map((e) => e.id).sort((a, b) => node(a)!.date!.localeCompare(node(b)!.date!)),
    );
    for (const { data } of input.engagements) for (const partner of data.partners) assert.ok(node(partner), `${partner} is a node`);
  });

  it('links C40 to both the 2018 summit and the 2022 meeting', () => {
    assert.deepEqual(linked(graph, 'c40', SUMMIT), ['partner']);
    assert.deepEqual(linked(graph, 'c40', MEETING), ['partner']);
    assert.deepEqual(node('c40')!.years, [2018, 2022]);
  });

  it('links the 26 U20 cities, Jakarta and the host among them, to the summit', () => {
    const cities = graph.edges.filter((e) => e.target === SUMMIT && node(e.source)!.type === 'city');
    assert.equal(cities.length, 26);
    assert.deepEqual(linked(graph, 'buenos-aires', SUMMIT), ['place']);
    assert.deepEqual(linked(graph, 'jakarta', SUMMIT), ['mentioned']);
    assert.ok(['paris', 'sao-paulo', 'tshwane', 'tokyo'].every((c) => linked(graph, c, SUMMIT).length === 1));
  });

  it('makes UCLG a bridge between 2018 and 2022, also through UCLG ASPAC, its regional section', () => {
    assert.deepEqual(linked(graph, 'uclg', SUMMIT), ['partner']);
    assert.deepEqual(linked(graph, 'uclg', MEETING), ['mentioned']);
    assert.deepEqual(linked(graph, 'uclg-aspac', MEETING), ['partner']);
    assert.deepEqual(linked(graph, 'uclg-aspac', 'uclg'), ['part-of']);
    assert.deepEqual(node('uclg')!.events, [SUMMIT, MEETING]);
  });

  it('counts degree, events and years', () => {
    const casablanca = node('casablanca')!;
    assert.equal(casablanca.degree, graph.edges.filter((e) => e.source === 'casablanca' || e.target === 'casablanca').length);
    assert.deepEqual(casablanca.events, ['smart-city-keynote-casablanca-2018', 'jakarta-casablanca-music-exchange-2018']);
    assert.deepEqual(node(SUMMIT)!.years, [2018]);
  });

  it('links an entity to an event once, by its strongest relation', () => {
    const keys = graph.edges.map((e) => `${e.source}>${e.target}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.deepEqual(linked(graph, 'jakarta', MEETING), ['place']);
  });
});

describe('buildGraph', () => {
  const article = input.articles.find((a) => a.data.engagement === SUMMIT)!;

  it('makes an article outside every engagement an event of its own', () => {
    const loose = { ...article, id: 'loose', data: { ...article.data, id: 'loose', engagement: undefined, cities: ['casablanca'], organisations: [] } };
    const g = buildGraph({ ...input, articles: [loose] });
    assert.equal(g.nodes.find((n) => n.id === 'loose')?.type, 'article');
    assert.deepEqual(linked(g, 'casablanca', 'loose'), ['mentioned']);
  });

  it('gives the language of a stand-alone article’s title where a page shows it untranslated, and no other', () => {
    const loose = (id: string, lang: 'id' | 'en', titles?: { en: string }) => ({ ...article, id, ...(titles ? { titles } : {}), data: { ...article.data, id, lang, engagement: undefined } });
    const g = buildGraph({ ...input, articles: [loose('berita', 'id'), loose('news', 'en'), loose('terjemahan', 'id', { en: 'Translated' })] });
    const nameLang = (id: string) => g.nodes.find((n) => n.id === id)?.nameLang;
    assert.deepEqual(nameLang('berita'), { en: 'id' });
    assert.deepEqual(nameLang('news'), { id: 'en' });
    assert.equal(nameLang('terjemahan'), undefined);
    assert.ok(g.nodes.filter((n) => n.type !== 'article').every((n) => n.nameLang === undefined));
  });

  it('draws the engagements even without articles (another corpus)', () => {
    const g = buildGraph({ ...input, articles: [] });
    assert.equal(g.nodes.filter((n) => n.type === 'engagement').length, input.engagements.length);
    assert.deepEqual(linked(g, 'c40', SUMMIT), ['partner']);
  });

  it('says which names are missing from the gazetteer, and where each is named', () => {
    const stray = { ...article, data: { ...article.data, organisations: ['no-such-body'] } };
    assert.throws(() => buildGraph({ ...input, articles: [stray] }), new RegExp(`^Error: graph: "no-such-body" \\(in an article on ${SUMMIT}\\) not in content/gazetteer/`));
    const summit = input.engagements.find((e) => e.id === SUMMIT)!;
    const typo = { ...summit, data: { ...summit.data, partners: [...summit.data.partners, 'c4o'] } };
    assert.throws(
      () => buildGraph({ ...input, engagements: input.engagements.map((e) => (e.id === SUMMIT ? typo : e)) }),
      /^Error: graph: "c4o" \(in content\/engagements\/u20-mayors-summit-2018\.yaml\) not in content\/gazetteer\/; add the entry there or correct the id where it is named$/,
    );
  });

  it('refuses parents that go round in a loop, naming the file, instead of following them for ever', () => {
    const looped = indexEntities(input.entities.all.map((e) => (e.id === 'uclg' ? { ...e, parent: 'uclg-aspac' } : e)));
    assert.throws(
      () => buildGraph({ ...input, entities: looped }),
      /^Error: graph: content\/gazetteer\/organisations\.yaml: "uclg" names parent "uclg-aspac", so its parents go round in a loop \(uclg → uclg-aspac → uclg\); .*`npm run ingest` names the line\)$/,
    );
  });

  it('refuses an engagement whose id is a gazetteer id, naming its file', () => {
    const c40 = { ...input.engagements[0]!, id: 'c40' };
    assert.throws(() => buildGraph({ ...input, engagements: [c40] }), /^Error: graph: "c40" is the id of both content\/engagements\/c40\.yaml and a gazetteer entry; rename one of them$/);
  });
});

describe('mostConnected', () => {
  it('keeps the centre, the events and the best-connected partners, with the edges between them', () => {
    const small = mostConnected(graph, 10);
    assert.equal(small.nodes.length, 10);
    assert.ok(small.nodes.some((n) => n.id === 'jakarta'));
    assert.ok(input.engagements.every((e) => small.nodes.some((n) => n.id === e.id)));
    const kept = new Set(small.nodes.map((n) => n.id));
    assert.ok(small.edges.every((e) => kept.has(e.source) && kept.has(e.target)));
    assert.equal(small.edges.length, graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).length);
  });

  it('keeps exactly the partners of highest degree, a tie going to the id first in code-unit order', () => {
    // A partner of degree d takes part in the first d engagements, so the degrees follow from the
    // edges; neither the ids' order nor the nodes' order agrees with the degrees.
    const degrees: Record<string, number> = { almaty: 1, tokyo: 4, seoul: 2, c40: 3, bangkok: 2 };
    const engagements = ['event-1', 'event-2', 'event-3', 'event-4'];
    const edges: GraphEdge[] = [
      ...engagements.map((e): GraphEdge => ({ source: 'jakarta', target: e, relation: 'place' })),
      ...Object.entries(degrees).flatMap(([id, d]) => engagements.slice(0, d).map((e): GraphEdge => ({ source: id, target: e, relation: 'partner' }))),
    ];
    const at = (id: string, type: GraphNode['type']): GraphNode => ({
      id,
      type,
      name: { id, en: id },
      kind: type,
      degree: edges.filter((e) => e.source === id || e.target === id).length,
      events: isEvent({ type }) ? [id] : edges.filter((e) => e.source === id).map((e) => e.target),
      years: [],
    });
    const fixture: Graph = {
      nodes: [at('jakarta', 'city'), ...engagements.map((e) => at(e, 'engagement')), ...Object.keys(degrees).map((id) => at(id, id === 'c40' ? 'organisation' : 'city'))],
      edges,
    };
    const partners = (max: number) => mostConnected(fixture, max).nodes.filter((n) => !isEvent(n) && n.id !== 'jakarta').map((n) => n.id);
    const room = 1 + engagements.length;
    assert.deepEqual(partners(room + 1), ['tokyo']);
    assert.deepEqual(partners(room + 2), ['tokyo', 'c40']);
    assert.deepEqual(partners(room + 3), ['tokyo', 'c40', 'bangkok']);
    assert.deepEqual(partners(room + 4), ['tokyo', 'seoul', 'c40', 'bangkok']);
  });

  it('draws the partners of a large corpus before its stand-alone articles', () => {
    const articles = Array.from({ length: 300 }, (_, i): GraphNode => ({
      id: `article-${i}`,
      type: 'article',
      name: { id: `Artikel ${i}`, en: `Artikel ${i}` },
      kind: 'article',
      date: '2020-01-01',
      degree: 40,
      events: [`article-${i}`],
      years: [2020],
    }));
    const large: Graph = {
      nodes: [...graph.nodes, ...articles],
      edges: [...graph.edges, ...articles.map((a): GraphEdge => ({ source: a.id, target: 'jakarta', relation: 'mentioned' }))],
    };
    const partners = graph.nodes.filter((n) => !isEvent(n));
    const drawn = mostConnected(large, partners.length + input.engagements.length + 10);
    const ids = new Set(drawn.nodes.map((n) => n.id));
    assert.ok(partners.every((n) => ids.has(n.id)), 'every city and organisation is drawn');
    assert.ok(input.engagements.every((e) => ids.has(e.id)), 'every engagement is drawn');
    assert.equal(drawn.nodes.filter((n) => n.type === 'article').length, 10);
  });

  it('leaves a graph under the limit whole', () => {
    assert.equal(mostConnected(graph, graph.nodes.length), graph);
  });
});

describe('the browser’s view of the graph', () => {
  it('keeps the whole form in the address, and no field left empty', () => {
    const form = (entries: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(entries)) data.set(k, v);
      return data;
    };
    assert.equal(searchWithForm('', form({ q: 'World Bank', year: '', type: 'city', event: '' })), 'q=World+Bank&type=city');
    // A find emptied, then a filter chosen: the old find leaves the address; other parameters stay.
    assert.equal(searchWithForm('?q=xyz&utm=1', form({ q: ' ', year: '2022', type: '', event: 'u20' })), 'utm=1&year=2022&event=u20');
    assert.equal(searchWithForm('?q=xyz&year=2018', form({ q: '', year: '', type: '', event: '' })), '');
  });

  it('shows only the type chosen, keeping events beside cities and organisations as context', () => {
    const shown = (type: string) => graph.nodes.filter((n) => isVisible(n, { type })).map((n) => n.type);
    const article = { id: 'a', type: 'article', years: [2018], events: ['a'] };
    assert.ok(!isVisible(article, { type: 'engagement' }));
    assert.ok(isVisible(article, { type: 'article' }));
    assert.ok(isVisible(article, { type: 'city' }));
    assert.deepEqual(new Set(shown('engagement')), new Set(['engagement']));
    assert.deepEqual(new Set(shown('city')), new Set(['city', 'engagement']));
  });

  it('reads the menus as a filter: an empty menu filters nothing, a year is a number like the nodes’ years', () => {
    const menus = new FormData();
    menus.set('year', '2022');
    menus.set('type', '');
    menus.set('event', SUMMIT);
    assert.deepEqual(filterFromForm(menus), { year: 2022, event: SUMMIT });
    assert.ok(isVisible(node('c40')!, filterFromForm(menus)));
    assert.deepEqual(filterFromForm(new FormData()), {});
  });

  it('finds a name however it is typed: an exact name first, then the start of one, then any part', () => {
    const nodes = [{ names: ['Jakarta Provincial Government'] }, { names: ['Jakarta'] }, { names: ['São Paulo', 'Sao Paulo'] }];
    const all = () => true;
    assert.equal(findNode(nodes, 'jakarta', all), nodes[1]);
    assert.equal(findNode(nodes, 'JAK', all), nodes[0]);
    assert.equal(findNode(nodes, 'provincial', all), nodes[0]);
    assert.equal(findNode(nodes, '  sao   paulo ', all), nodes[2]);
    assert.equal(findNode(nodes, ' ', all), undefined);
    assert.equal(findNode(nodes, 'Atlantis', all), undefined);
  });

  it('finds a node on screen before a hidden one, but an exact name on a hidden one before part of a name', () => {
    const bay = { names: ['Jakarta Bay'] };
    const government = { names: ['Jakarta Provincial Government'] };
    const city = { names: ['Jakarta'] };
    const shown = (n: { names: string[] }) => n === government;
    assert.equal(findNode([bay, government], 'jakarta', shown), government);
    assert.equal(findNode([bay, government, city], 'jakarta', shown), city);
  });
});
