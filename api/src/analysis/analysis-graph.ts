import { relationKinds, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
import type { Adjacency } from './adjacency';
import { UndirectedGraph } from './graphology';
import { tieKinds } from './kinds';
import { directPlacement, transitivePlacement } from './placement';
import type { WeightedAdjacency } from './weighted-adjacency';

/** One edge of the analysis graph: every collaboration relation between the same two actors. */
export interface Tie {
  /** Node indices, source < target. */
  source: number;
  target: number;
  /** Sum of the relations' weights, each counting 1 when it has none. */
  weight: number;
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
  const { offsets, neighbours, tieAt } = compress(ids.length, ties);
  // Placement is only needed for gaps: computed on first use, like the graphology graph.
  let placedIn: Map<string, string[]> | null = null;
  let placement: Map<string, string[]> | null = null;
  let graph: UndirectedGraph<Record<string, never>, TieAttributes> | null = null;
  return {
    subgraph,
    adjacency: { ids, indexOf, offsets, neighbours },
    weighted: {
      offsets,
      neighbours,
      weights: slotWeights(tieAt, ties),
      selfLoops: new Float64Array(ids.length),
    },
    tieAt,
    ties,
    planned: plannedPartners(subgraph.relations, indexOf),
    actors,
    insideWeights: insideWeightsOf(ids, actors),
    placedIn: () => (placedIn ??= directPlacement(subgraph)),
    placement: () => (placement ??= transitivePlacement((placedIn ??= directPlacement(subgraph)))),
    graphology: () => (graph ??= toGraphology(ids, ties)),
  };
}

/**
 * The analysis graph of `subgraph`, the region `ag` was built from after writes that changed no
 * tie and no placement, and kept every actor with its kind (see `recommendContextAfter`): the
 * network arrays are shared, the records and planned collaborations are the new ones.
 */
export function withEditedRecords(ag: AnalysisGraph, subgraph: Subgraph): AnalysisGraph {
  return { ...ag, subgraph, actors: new Map(subgraph.nodes.map((n) => [n.id, n])), planned: plannedPartners(subgraph.relations, ag.adjacency.indexOf) };
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
      tie.relations.push(relation);
    } else {
      byPair.set(key, { source, target, weight: relation.weight ?? 1, relations: [relation] });
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
  const weights = new Float64Array(tieAt.length);
  for (let s = 0; s < tieAt.length; s++) weights[s] = (ties[tieAt[s] as number] as Tie).weight;
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
  const { offsets, neighbours } = ag.adjacency;
  for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) {
    if (neighbours[s] === j) return ag.ties[ag.tieAt[s] as number];
  }
  return undefined;
}

/** Ties among inside actors / possible pairs of inside actors (0 below two actors). */
export function insideDensity(ag: AnalysisGraph): number {
  const inside = ag.insideWeights.reduce((s, w) => s + w, 0);
  if (inside < 2) return 0;
  const internal = ag.ties.filter((t) => ag.insideWeights[t.source] === 1 && ag.insideWeights[t.target] === 1).length;
  return (2 * internal) / (inside * (inside - 1));
}
