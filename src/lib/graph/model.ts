import { inEachLanguage, languages, type Lang } from '../../i18n/languages.ts';
import type { Entity, EntityIndex } from '../entities.ts';
import { byCodeUnits } from '../code-unit-order.ts';
import { yearOf } from '../dates.ts';
import { entityType } from '../entities.ts';
import { eventsByNode } from './node-events.ts';
import { parentChain, parentLoopProblem } from '../parent-chain.ts';
import { articleTitle, type ArticleInput, type EngagementInput } from '../timeline.ts';

/**
 * The network every view draws — the network page, the small multiples, the map, the archive and
 * the data exports — so they never disagree. Events are the timeline's entries: engagements, and
 * articles that belong to none.
 */
export type NodeType = 'city' | 'organisation' | 'engagement' | 'article';

/** How a city or organisation takes part in an event, or how two bodies relate. */
export type Relation = 'place' | 'partner' | 'mentioned' | 'part-of';

export interface GraphNode {
  id: string;
  type: NodeType;
  /** Names per language; an article's are the titles each language's timeline lists it by. */
  name: { id: string; en: string };
  /** A few words for labels, when the name is long. */
  short?: { id: string; en: string };
  /**
   * The language a name is written in, for each page language whose name is not in it: an
   * untranslated article's title is in its source's, and a screen reader should say it so.
   */
  nameLang?: Partial<Record<Lang, Lang>>;
  /** An organisation's kind ("city-network"…) or an engagement's ("summit"…). */
  kind: string;
  country?: string;
  /** [longitude, latitude], for cities. */
  coordinates?: [number, number];
  /** Event date, for engagements and articles. */
  date?: string;
  /** Derived: number of edges. */
  degree: number;
  /** Derived: the events it is linked to (for an event, itself). */
  events: string[];
  /** Derived: the years of those events, ascending. */
  years: number[];
}

export interface GraphEdge {
  source: string;
  target: string;
  relation: Relation;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphInput {
  entities: EntityIndex;
  engagements: readonly EngagementInput[];
  articles: readonly ArticleInput[];
}

/** Strongest first: a partner that is also mentioned is linked once, as a partner. */
const strength: Record<Relation, number> = { place: 0, partner: 1, mentioned: 2, 'part-of': 3 };

export function buildGraph({ entities, engagements, articles }: GraphInput): Graph {
  const events: GraphNode[] = [];
  const links = new Map<string, GraphEdge>();
  const link = (source: string, target: string, relation: Relation) => {
    const key = `${source}\u0000${target}`;
    const known = links.get(key);
    if (!known || strength[relation] < strength[known.relation]) links.set(key, { source, target, relation });
  };
  const known = new Set(engagements.map((e) => e.id));

  for (const { id, data } of engagements) {
    events.push({ ...eventNode(id, 'engagement', data.title, data.kind, data.start), ...(data.short ? { short: { id: data.short.id, en: data.short.en } } : {}) });
    link(data.place, id, 'place');
    for (const partner of data.partners) link(partner, id, 'partner');
  }
  for (const article of articles) {
    const event = article.data.engagement && known.has(article.data.engagement) ? article.data.engagement : article.id;
    if (event === article.id) {
      const titles = inEachLanguage((lang) => articleTitle(article, lang));
      const title = inEachLanguage((lang) => titles[lang].text);
      const foreign = languages.flatMap((lang) => (titles[lang].lang === lang ? [] : [[lang, titles[lang].lang] as const]));
      events.push({ ...eventNode(article.id, 'article', title, 'article', article.data.date.slice(0, 10)), ...(foreign.length ? { nameLang: Object.fromEntries(foreign) } : {}) });
    }
    for (const entity of [...article.data.cities, ...article.data.organisations]) link(entity, event, 'mentioned');
  }

  const involved = new Set([...links.values()].map((e) => e.source));
  for (const id of [...involved]) {
    const { ids, loop } = parentChain(id, (child) => entities.get(child)?.parent);
    if (loop) {
      // The site reads the gazetteer without the ingest's checks (`astro build` on its own), and has no lines to name.
      const file = entities.get(loop[0])?.kind === 'city' ? 'cities' : 'organisations';
      throw new Error(`graph: content/gazetteer/${file}.yaml: ${parentLoopProblem(loop)} (\`npm run ingest\` names the line)`);
    }
    for (const [i, parent] of ids.slice(1).entries()) {
      link(ids[i]!, parent, 'part-of');
      involved.add(parent);
    }
  }
  const found: Entity[] = [];
  const missing: string[] = [];
  for (const id of involved) {
    const entity = entities.get(id);
    if (entity) found.push(entity);
    else missing.push(id);
  }
  if (missing.length) {
    // Articles name only what the gazetteer had when they were ingested; engagements and parents are written by hand.
    const where: Record<Relation, (e: GraphEdge) => string> = {
      place: (e) => `content/engagements/${e.target}.yaml`,
      partner: (e) => `content/engagements/${e.target}.yaml`,
      mentioned: (e) => `an article on ${e.target}`,
      'part-of': (e) => `${e.source}'s parent`,
    };
    const namedBy = (id: string) => [...links.values()].filter((e) => e.source === id || e.target === id).map((e) => where[e.relation](e));
    const named = missing.map((id) => `"${id}" (in ${namedBy(id).join(', ')})`).join('; ');
    throw new Error(`graph: ${named} not in content/gazetteer/; add the entry there or correct the id where it is named`);
  }
  const clash = events.find((e) => entities.get(e.id));
  if (clash) {
    const event = known.has(clash.id) ? `content/engagements/${clash.id}.yaml` : `the article ${clash.id}`;
    throw new Error(`graph: "${clash.id}" is the id of both ${event} and a gazetteer entry; rename one of them`);
  }

  const edges = [...links.values()].sort(byEdge);
  return { nodes: withMeasures([...events, ...found.map(entityNode)], edges), edges };
}

function eventNode(id: string, type: 'engagement' | 'article', name: GraphNode['name'], kind: string, date: string): GraphNode {
  return { id, type, name: { id: name.id, en: name.en }, kind, date, degree: 0, events: [], years: [] };
}

function entityNode(entity: Entity): GraphNode {
  return {
    id: entity.id,
    type: entityType(entity),
    name: { id: entity.name.id, en: entity.name.en },
    ...(entity.short ? { short: { id: entity.short.id, en: entity.short.en } } : {}),
    kind: entity.kind,
    ...(entity.country ? { country: entity.country } : {}),
    ...('coordinates' in entity ? { coordinates: entity.coordinates } : {}),
    degree: 0,
    events: [],
    years: [],
  };
}

/** Degree, events and years per node; a parent counts its members' events as its own. */
function withMeasures(nodes: GraphNode[], edges: readonly GraphEdge[]): GraphNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>();
  for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const events = eventsByNode(nodes, edges.map((e) => ({ source: e.source, target: e.target, partOf: e.relation === 'part-of' })));
  const dateOf = (id: string) => byId.get(id)?.date ?? '';
  return nodes
    .map((node) => {
      const list = [...(events.get(node.id) ?? [])].sort((a, b) => byCodeUnits(dateOf(a), dateOf(b)) || byCodeUnits(a, b));
      const years = [...new Set(list.map((e) => yearOf(dateOf(e))))];
      return { ...node, degree: degree.get(node.id) ?? 0, events: list, years };
    })
    .sort(byNode);
}

const typeOrder: Record<NodeType, number> = { engagement: 0, article: 1, city: 2, organisation: 3 };

const byNode = (a: GraphNode, b: GraphNode): number =>
  typeOrder[a.type] - typeOrder[b.type] || byCodeUnits(a.date ?? '', b.date ?? '') || byCodeUnits(a.id, b.id);

const byEdge = (a: GraphEdge, b: GraphEdge): number => byCodeUnits(a.target, b.target) || byCodeUnits(a.source, b.source);

/** The node types and relations a graph uses, in the order a key lists them. */
export function usedKinds(graph: { nodes: readonly Pick<GraphNode, 'type'>[]; edges: readonly Pick<GraphEdge, 'relation'>[] }): { types: NodeType[]; relations: Relation[] } {
  const types = new Set(graph.nodes.map((n) => n.type));
  const relations = new Set(graph.edges.map((e) => e.relation));
  return {
    types: (['engagement', 'article', 'city', 'organisation'] as const).filter((t) => types.has(t)),
    relations: (['place', 'partner', 'mentioned', 'part-of'] as const).filter((r) => relations.has(r)),
  };
}
