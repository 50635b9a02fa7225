import { tieNetwork, type AnalysisGraph, type Tie } from '../analysis-graph';

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
  let relations: AnalysisGraph['subgraph']['relations'] | null = null;
  // Filtering a quarter of a million relations costs more than the rest; the features never read them.
  const subgraph = Object.defineProperty({ ...ag.subgraph }, 'relations', {
    get: () => (relations ??= ag.subgraph.relations.filter((r) => !droppedRelations.has(r.id))),
    enumerable: true,
  });
  return {
    ...ag,
    subgraph,
    ...tieNetwork(ag.adjacency, ties),
    ties,
    // Placement relations are untouched: the areas are the full graph's (computed once for all).
    placedIn: ag.placedIn,
    placement: ag.placement,
  };
}
