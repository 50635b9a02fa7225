import type { AnalysisGraph, Tie, TieAttributes } from '../analysis-graph';
import { UndirectedGraph } from '../graphology';

/**
 * The analysis graph without the ties at the `dropped` indices: the same nodes, indices, areas and
 * planned partners, the remaining ties in the same order, so it equals building the graph again
 * from the subgraph without their relations (what the training snapshots did: at 50,000 actors that
 * parsed and merged a quarter of a million relations per snapshot).
 */
export function withoutTies(ag: AnalysisGraph, dropped: ReadonlySet<number>): AnalysisGraph {
  const ties: Tie[] = ag.ties.filter((_, i) => !dropped.has(i));
  const droppedRelations = new Set<string>();
  for (const i of dropped) for (const r of (ag.ties[i] as Tie).relations) droppedRelations.add(r.id);
  const n = ag.adjacency.ids.length;
  const { offsets, neighbours, tieAt } = compress(n, ties);
  const weights = new Float64Array(tieAt.length);
  for (let s = 0; s < tieAt.length; s++) weights[s] = (ties[tieAt[s] as number] as Tie).weight;
  let graph: ReturnType<AnalysisGraph['graphology']> | null = null;
  let relations: AnalysisGraph['subgraph']['relations'] | null = null;
  // Filtering a quarter of a million relations costs more than the rest; the features never read them.
  const subgraph = Object.defineProperty({ ...ag.subgraph }, 'relations', {
    get: () => (relations ??= ag.subgraph.relations.filter((r) => !droppedRelations.has(r.id))),
    enumerable: true,
  });
  return {
    ...ag,
    subgraph,
    adjacency: { ...ag.adjacency, offsets, neighbours },
    weighted: { offsets, neighbours, weights, selfLoops: new Float64Array(n) },
    tieAt,
    ties,
    // Placement relations are untouched: the areas are the full graph's (computed once for all).
    placedIn: ag.placedIn,
    placement: ag.placement,
    graphology: () => (graph ??= toGraphology(ag.adjacency.ids, ties)),
  };
}

/** Compressed adjacency, each tie in both rows in tie order (as `buildAnalysisGraph` lays it out). */
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
  ties.forEach((t, k) => {
    for (const [from, to] of [
      [t.source, t.target],
      [t.target, t.source],
    ] as const) {
      const slot = fill[from] as number;
      neighbours[slot] = to;
      tieAt[slot] = k;
      fill[from] = slot + 1;
    }
  });
  return { offsets, neighbours, tieAt };
}

function toGraphology(ids: readonly string[], ties: readonly Tie[]) {
  const graph = new UndirectedGraph<Record<string, never>, TieAttributes>({ allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  for (const t of ties) graph.addEdge(ids[t.source] as string, ids[t.target] as string, { weight: t.weight });
  return graph;
}
