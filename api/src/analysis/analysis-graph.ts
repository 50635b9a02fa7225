import { type Relation, relationKinds, type ScopedActor, splicedSorted, type Subgraph, tieKinds } from '@weefsel/graph-schema';
import type { Adjacency } from './adjacency';
import { UndirectedGraph } from './graphology';
import { directPlacement, transitivePlacement } from './placement';
import type { WeightedAdjacency } from './weighted-adjacency';

/** One edge of the analysis graph: every collaboration relation between the same two actors. */
export interface Tie {
  /** Node indices, source < target. */
  source: number;
  target: number;
  /** Sum of the relations' weights, each counting 1 when it has none. */
  weight: number;
  /**
   * The day the tie began: the earliest `since` of its relations, but not before both of its actors
   * existed (an undated tie with a project founded in 2021 began in 2021); null when none is dated.
   */
  start: string | null;
  relations: Relation[];
}

export interface TieAttributes {
  weight: number;
}

/**
 * The collaboration network of a scope, ready for analysis.
 * - Nodes: the subgraph's actors of kinds that can hold a collaboration tie (neighbourhoods cannot),
 *   boundary partners included: a tie to a partner outside the area is a real tie, so an initiative
 *   whose only partner sits in the next municipality is peripheral, not isolated.
 * - Edges: collaboration relations only, undirected and merged per pair (a partnership plus a
 *   referral between the same two actors is one tie of weight 2). Structural relations (located in,
 *   part of, member of) do not connect actors; they only say where an actor is (`placement`).
 * Held as typed arrays (CSR) for our own algorithms; the graphology graph that graphology's
 * algorithms need is built on first use only (exact centralities, paths): at 50,000 actors
 * building it takes about two seconds, more than all other analyses together.
 */
export interface AnalysisGraph {
  subgraph: Subgraph;
  adjacency: Adjacency;
  /** The tie behind each adjacency slot (parallel to `adjacency.neighbours`). */
  tieAt: Int32Array;
  ties: Tie[];
  /** Every node of the subgraph (areas included), by id. */
  actors: Map<string, ScopedActor>;
  /** Planned collaborations by node index: drawn, not counted as ties, never recommended again. */
  planned: Map<number, Set<number>>;
  /** 1 for an inside actor, 0 for a boundary partner, by node index: what gap counts count. */
  insideWeights: Uint8Array;
  /** The areas each actor is placed in directly (located in, active in, member of). */
  placedIn(): Map<string, string[]>;
  /** The areas each actor lies in, directly or through a chain of placement relations. */
  placement(): Map<string, string[]>;
  /** The adjacency with each slot's tie weight (PageRank, Louvain). */
  weighted: WeightedAdjacency;
  /** The same network as a graphology graph (edge attribute `weight`), built once on first call. */
  graphology(): UndirectedGraph<Record<string, never>, TieAttributes>;
}

export function buildAnalysisGraph(subgraph: Subgraph): AnalysisGraph {
  const actors = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const ids = subgraph.nodes.filter((n) => tieKinds.has(n.kind)).map((n) => n.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const ties = mergeTies(subgraph.relations, indexOf);
  // Read per tie only when some actor has a first day: a region of a quarter of a million relations pays nothing otherwise.
  if (subgraph.nodes.some((node) => node.since)) startedWithActors(ties, (i) => actors.get(ids[i] as string)?.since);
  // Placement is only needed for gaps: computed on first use, like the graphology graph.
  let placedIn: Map<string, string[]> | null = null;
  let placement: Map<string, string[]> | null = null;
  return {
    ...tieNetwork({ ids, indexOf }, ties),
    subgraph,
    ties,
    planned: plannedPartners(subgraph.relations, indexOf),
    actors,
    insideWeights: insideWeightsOf(ids, actors),
    placedIn: () => (placedIn ??= directPlacement(subgraph)),
    placement: () => (placement ??= transitivePlacement((placedIn ??= directPlacement(subgraph)))),
  };
}

/**
 * The compressed adjacency of merged ties over the nodes `ids`: each tie in both rows, in tie order,
 * with its weight per slot, and the graphology graph built on first use.
 */
export function tieNetwork(adjacency: Pick<Adjacency, 'ids' | 'indexOf'>, ties: readonly Tie[]): Pick<AnalysisGraph, 'adjacency' | 'tieAt' | 'weighted' | 'graphology'> {
  const { ids, indexOf } = adjacency;
  const { offsets, neighbours, tieAt } = compress(ids.length, ties);
  let graph: UndirectedGraph<Record<string, never>, TieAttributes> | null = null;
  return {
    adjacency: { ids, indexOf, offsets, neighbours },
    weighted: { offsets, neighbours, weights: slotWeights(tieAt, ties), selfLoops: new Float64Array(ids.length) },
    tieAt,
    graphology: () => (graph ??= toGraphology(ids, ties)),
  };
}

/**
 * The analysis graph of `subgraph`, the region `ag` was built from after writes that changed no
 * tie and no placement, and kept every actor with its kind (see `recommendContextAfter`): the
 * network arrays are shared, the touched records and planned collaborations are the new ones.
 */
export function withEditedRecords(ag: AnalysisGraph, subgraph: Subgraph, touched: TouchedRecords): AnalysisGraph {
  return { ...ag, subgraph, ...recordsAfter(ag, subgraph, touched) };
}

/**
 * Records writes touched: the relations' ids, their versions before (in `ag`) and after (in the new
 * region), and the actors as they are now (edited ones only: none added or removed).
 */
export interface TouchedRecords {
  relationIds: ReadonlySet<string>;
  before: readonly Relation[];
  after: readonly Relation[];
  actors: readonly ScopedActor[];
}

/**
 * The actors and planned partners of `subgraph` from those of `ag`, when the writes between kept
 * every actor: copied and updated where touched, not rebuilt from 50,000 actors and a quarter of
 * a million relations.
 */
function recordsAfter(ag: AnalysisGraph, subgraph: Subgraph, touched: TouchedRecords): Pick<AnalysisGraph, 'actors' | 'planned'> {
  let actors = ag.actors;
  if (touched.actors.length > 0) {
    actors = new Map(ag.actors);
    for (const actor of touched.actors) actors.set(actor.id, actor);
  }
  const isPlanned = (relation: Relation) => relation.status === 'PLANNED';
  // A planned relation gone or changed may have been the pair's only one: count them all again.
  if (touched.before.some(isPlanned)) return { actors, planned: plannedPartners(subgraph.relations, ag.adjacency.indexOf) };
  const added = touched.after.filter(isPlanned);
  if (added.length === 0) return { actors, planned: ag.planned };
  const planned = new Map(ag.planned);
  const add = (a: number, b: number) => planned.set(a, new Set(planned.get(a)).add(b));
  for (const relation of added) {
    const a = ag.adjacency.indexOf.get(relation.source);
    const b = ag.adjacency.indexOf.get(relation.target);
    if (a === undefined || b === undefined) continue;
    add(a, b);
    add(b, a);
  }
  return { actors, planned };
}

/**
 * The analysis graph of `subgraph`, the region `ag` was built from after writes that changed the
 * relations `touched` (ties among them) but kept every actor with its kind and every placement (see
 * `recommendContextAfter`): only the pairs of the touched relations are merged again, the other
 * ties are taken over, so a new tie costs milliseconds instead of merging a quarter of a million
 * relations again. The same graph as `buildAnalysisGraph(subgraph)`, ties in the same order, when
 * both regions are in id order as the stores return them; when `ag`'s ties are not, it builds afresh.
 */
export function withChangedTies(ag: AnalysisGraph, subgraph: Subgraph, touched: TouchedRecords): AnalysisGraph {
  if (!firstIdOrdered.has(ag.ties)) {
    if (!inFirstIdOrder(ag.ties)) return buildAnalysisGraph(subgraph);
    firstIdOrdered.add(ag.ties);
  }
  const { ids, indexOf } = ag.adjacency;
  const n = ids.length;
  const keyOf = (relation: Relation): number | null => {
    if (relation.status === 'PLANNED' || !collaborationKinds.has(relation.kind)) return null;
    const a = indexOf.get(relation.source);
    const b = indexOf.get(relation.target);
    if (a === undefined || b === undefined || a === b) return null;
    return a < b ? a * n + b : b * n + a;
  };
  const affected = new Map<number, Relation[]>();
  for (const relation of touched.before) pairOf(affected, keyOf(relation));
  for (const relation of touched.after) pairOf(affected, keyOf(relation))?.push(relation);
  const dropped = new Set<number>();
  for (const [key, relations] of affected) {
    const k = tieIndexBetween(ag, Math.floor(key / n), key % n);
    if (k === undefined) continue;
    dropped.add(k);
    relations.push(...(ag.ties[k] as Tie).relations.filter((relation) => !touched.relationIds.has(relation.id)));
  }
  const changed: Tie[] = [];
  for (const [key, relations] of affected) {
    if (relations.length === 0) continue;
    relations.sort(byId);
    const weight = relations.reduce((sum, relation) => sum + (relation.weight ?? 1), 0);
    changed.push({ source: Math.floor(key / n), target: key % n, weight, start: tieStart(relations), relations });
  }
  startedWithActors(changed, (i) => ag.actors.get(ids[i] as string)?.since);
  const ties = splicedSorted(ag.ties, firstRelationId, dropped, changed);
  firstIdOrdered.add(ties);
  const nodes = new Set<number>();
  for (const key of affected.keys()) nodes.add(Math.floor(key / n)).add(key % n);
  tieChanges.set(ties, { from: new WeakRef(ag.ties), nodes: [...nodes], removed: [...dropped].map((k) => ag.ties[k] as Tie), added: changed });
  return { ...ag, ...tieNetwork(ag.adjacency, ties), subgraph, ties, ...recordsAfter(ag, subgraph, touched) };
}

/** How a tie list made by `withChangedTies` differs from the one before it (same nodes, same indices). */
export interface TieChange {
  /** The tie list before; only weakly held, so a chain of versions is not kept alive. */
  from: WeakRef<readonly Tie[]>;
  /** The nodes at either end of a tie that was added, removed or changed. */
  nodes: readonly number[];
  /** The ties of `from` that are gone or replaced. */
  removed: readonly Tie[];
  /** The ties that are new or replace one of `removed`. */
  added: readonly Tie[];
}

/** Each tie list made by `withChangedTies`: what per-node figures may update instead of counting afresh. */
export const tieChanges = new WeakMap<readonly Tie[], TieChange>();

/** The day a tie began: the earliest `since` of its relations; null when none is dated. */
export function tieStart(relations: readonly { since: string | null }[]): string | null {
  let first: string | null = null;
  for (const r of relations) if (r.since !== null && (first === null || r.since < first)) first = r.since;
  return first;
}

/**
 * Moves each tie's start to its later actor's first day where that is later, as `tieCountsOn` reads
 * a day: the history the likelihood learns from then never shows an actor tied before it existed.
 */
function startedWithActors(ties: Tie[], sinceAt: (node: number) => string | null | undefined): void {
  for (const tie of ties) {
    for (const since of [sinceAt(tie.source), sinceAt(tie.target)]) if (since != null && (tie.start === null || since > tie.start)) tie.start = since;
  }
}

/** Tie lists known to be in the order merging an id-ordered region gives: checked once, not per write. */
const firstIdOrdered = new WeakSet<readonly Tie[]>();

/** The relations list of a pair key, started when new; null keys (no tie) are skipped. */
function pairOf(affected: Map<number, Relation[]>, key: number | null): Relation[] | undefined {
  if (key === null) return undefined;
  let relations = affected.get(key);
  if (!relations) affected.set(key, (relations = []));
  return relations;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const firstRelationId = (tie: Tie) => (tie.relations[0] as Relation).id;

/** Whether each tie's first relation comes after the previous tie's: the order merging an id-ordered region gives. */
function inFirstIdOrder(ties: readonly Tie[]): boolean {
  for (let k = 1; k < ties.length; k++) if (firstRelationId(ties[k - 1] as Tie) > firstRelationId(ties[k] as Tie)) return false;
  return true;
}

/** The index in `ag.ties` of the tie between nodes i and j, if any. */
function tieIndexBetween(ag: AnalysisGraph, i: number, j: number): number | undefined {
  const { offsets, neighbours } = ag.adjacency;
  for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) if (neighbours[s] === j) return ag.tieAt[s];
  return undefined;
}

/** Relation kinds that are collaboration ties, as a set: asked once per relation of a region. */
const collaborationKinds = new Set(Object.entries(relationKinds).filter(([, kind]) => kind.tie === 'collaboration').map(([name]) => name));

// The loops below run once per relation of a whole region (a quarter of a million): they allocate
// nothing per relation beyond the ties themselves.
function mergeTies(relations: readonly Relation[], indexOf: Map<string, number>): Tie[] {
  const n = indexOf.size;
  const byPair = new Map<number, Tie>();
  for (const relation of relations) {
    if (relation.status === 'PLANNED' || !collaborationKinds.has(relation.kind)) continue;
    const a = indexOf.get(relation.source);
    if (a === undefined) continue;
    const b = indexOf.get(relation.target);
    if (b === undefined || a === b) continue;
    const source = a < b ? a : b;
    const target = a < b ? b : a;
    const key = source * n + target;
    const tie = byPair.get(key);
    if (tie) {
      tie.weight += relation.weight ?? 1;
      if (relation.since !== null && (tie.start === null || relation.since < tie.start)) tie.start = relation.since;
      tie.relations.push(relation);
    } else {
      byPair.set(key, { source, target, weight: relation.weight ?? 1, start: relation.since ?? null, relations: [relation] });
    }
  }
  return [...byPair.values()];
}

function plannedPartners(relations: readonly Relation[], indexOf: Map<string, number>): Map<number, Set<number>> {
  const planned = new Map<number, Set<number>>();
  const add = (a: number, b: number) => planned.set(a, (planned.get(a) ?? new Set()).add(b));
  for (const relation of relations) {
    if (relation.status !== 'PLANNED') continue;
    const a = indexOf.get(relation.source);
    const b = indexOf.get(relation.target);
    if (a === undefined || b === undefined) continue;
    add(a, b);
    add(b, a);
  }
  return planned;
}

/** The actors `a` has a tie with or a planned one: not candidates for a new collaboration. */
export function tiedOrPlanned(ag: AnalysisGraph, a: number): Set<number> {
  const { offsets, neighbours } = ag.adjacency;
  return new Set([...neighbours.subarray(offsets[a], offsets[a + 1]), ...(ag.planned.get(a) ?? [])]);
}

function compress(n: number, ties: readonly Tie[]) {
  const offsets = new Int32Array(n + 1);
  for (const t of ties) {
    offsets[t.source + 1] = (offsets[t.source + 1] as number) + 1;
    offsets[t.target + 1] = (offsets[t.target + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const neighbours = new Int32Array(2 * ties.length);
  const tieAt = new Int32Array(2 * ties.length);
  const fill = offsets.slice(0, n);
  const place = (from: number, to: number, k: number) => {
    const slot = fill[from] as number;
    neighbours[slot] = to;
    tieAt[slot] = k;
    fill[from] = slot + 1;
  };
  for (let k = 0; k < ties.length; k++) {
    const t = ties[k] as Tie;
    place(t.source, t.target, k);
    place(t.target, t.source, k);
  }
  return { offsets, neighbours, tieAt };
}

function slotWeights(tieAt: Int32Array, ties: readonly Tie[]): Float64Array {
  // Read each tie once, in order, then spread by slot: the slots visit ties in no order, and a
  // typed array is cheaper to jump around in than a quarter of a million objects.
  const byTie = new Float64Array(ties.length);
  for (let k = 0; k < ties.length; k++) byTie[k] = (ties[k] as Tie).weight;
  const weights = new Float64Array(tieAt.length);
  for (let s = 0; s < tieAt.length; s++) weights[s] = byTie[tieAt[s] as number] as number;
  return weights;
}

function insideWeightsOf(ids: readonly string[], actors: Map<string, ScopedActor>): Uint8Array {
  const weights = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    weights[i] = actors.get(id)?.boundary ? 0 : 1;
  });
  return weights;
}

function toGraphology(ids: readonly string[], ties: readonly Tie[]) {
  const graph = new UndirectedGraph<Record<string, never>, TieAttributes>({ allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  for (const t of ties) graph.addEdge(ids[t.source] as string, ids[t.target] as string, { weight: t.weight });
  return graph;
}

/** The partners of node i (node indices). */
export function partnersOf(ag: AnalysisGraph, i: number): number[] {
  return Array.from(ag.adjacency.neighbours.subarray(ag.adjacency.offsets[i], ag.adjacency.offsets[i + 1]));
}

/** The tie between nodes i and j, if any. */
export function tieBetween(ag: AnalysisGraph, i: number, j: number): Tie | undefined {
  const k = tieIndexBetween(ag, i, j);
  return k === undefined ? undefined : ag.ties[k];
}

/** Ties among inside actors / possible pairs of inside actors (0 below two actors). */
export function insideDensity(ag: AnalysisGraph): number {
  const inside = ag.insideWeights.reduce((s, w) => s + w, 0);
  if (inside < 2) return 0;
  const internal = ag.ties.filter((t) => ag.insideWeights[t.source] === 1 && ag.insideWeights[t.target] === 1).length;
  return (2 * internal) / (inside * (inside - 1));
}
