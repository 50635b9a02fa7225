import type { ScopedActor, Subgraph } from '@weefsel/graph-schema';
import type { AnalysisGraph } from '../../analysis/analysis-graph';
import type { AreaCoverage } from '../../analysis/coverage/area-coverage';
import { nestedCoverage, scopeCoverage } from '../../analysis/coverage/area-members';
import type { GraphStore } from '../../store/graph-store';

/** An area's coverage with the area as an actor object, as the API answers it. */
export interface CoverageView extends AreaCoverage {
  area: ScopedActor;
}

/**
 * What an area's own actors cover and lack on `asOf`, read from the same subgraph the `network` and
 * `gaps` queries of that area read (the store hands out one object per scope and date), through the
 * one coverage function. The recommendations call this too, so their claims cannot differ from it.
 * The date is always passed in: whatever a query's default date is, it is resolved before this.
 */
export async function loadCoverage(store: GraphStore, areaId: string, asOf: string | null): Promise<CoverageView> {
  return coverageView(await store.subgraph({ areaId }, asOf));
}

/** The coverage of a subgraph's own area (an area scope), when the caller has loaded it already. */
export function coverageView(subgraph: Subgraph): CoverageView {
  return { ...scopeCoverage(subgraph), area: subgraph.nodes.find((n) => n.id === subgraph.areaId) as ScopedActor };
}

/**
 * The coverage of an area lying inside the scope of `ag` (the region a recommendation is scored on),
 * from the graph already in memory: the same members and answer as the area's own subgraph gives
 * (tests/consistency/nested-coverage.test.ts compares them for every area on both stores), without
 * reading that subgraph again after every write. Null when the area is not in the graph.
 */
export function nestedCoverageView(ag: AnalysisGraph, areaId: string): CoverageView | null {
  const area = ag.actors.get(areaId);
  return area ? { ...nestedCoverage(ag, areaId), area } : null;
}
