import type { ScopedActor, Subgraph } from '@weefsel/graph-schema';
import type { AnalysisGraph } from '../analysis-graph';
import { coverageOf, type AreaCoverage } from './area-coverage';

/**
 * The members of a scope's own area: every node of the subgraph except the partners outside it
 * (boundary). The store puts exactly the area and what is placed in it on that date inside, so this
 * is what the `network` query of the area lists as inside.
 */
export function scopeMembers(subgraph: Subgraph): ScopedActor[] {
  return subgraph.nodes.filter((n) => !n.boundary);
}

/** Coverage of the scope's own area (the whole network when the scope has none). */
export function scopeCoverage(subgraph: Subgraph): AreaCoverage {
  const area = subgraph.areaId ? (subgraph.nodes.find((n) => n.id === subgraph.areaId) ?? null) : null;
  return coverageOf(area, subgraph.asOf, scopeMembers(subgraph));
}

/**
 * The members of an area nested in a larger scope: the area itself and the inside nodes placed in it,
 * directly or through a chain (the same rule the store applies when the area is the scope).
 */
export function membersIn(ag: AnalysisGraph, areaId: string): ScopedActor[] {
  return (memberIdsByArea(ag).get(areaId) ?? []).map((id) => ag.actors.get(id) as ScopedActor);
}

const byArea = new WeakMap<AnalysisGraph['placement'], Map<string, string[]>>();

/**
 * Every area's member ids in one pass over the nodes (in subgraph order): the gaps of a region ask
 * for each of its neighbourhoods, and one scan per neighbourhood took minutes at 50,000 actors.
 * Kept with the placements, which a graph after writes that kept every actor and placement shares
 * (`withEditedRecords`, `withChangedTies`): its members are the same ids, read as its own records.
 */
function memberIdsByArea(ag: AnalysisGraph): Map<string, string[]> {
  let members = byArea.get(ag.placement);
  if (members) return members;
  members = new Map();
  const placement = ag.placement();
  const add = (area: string, id: string) => {
    const list = members!.get(area);
    if (list) list.push(id);
    else members!.set(area, [id]);
  };
  for (const node of ag.subgraph.nodes) {
    if (node.boundary) continue;
    add(node.id, node.id);
    for (const area of new Set(placement.get(node.id) ?? [])) if (area !== node.id) add(area, node.id);
  }
  byArea.set(ag.placement, members);
  return members;
}

/** Coverage of an area inside the scope of `ag`, on the scope's date. */
export function nestedCoverage(ag: AnalysisGraph, areaId: string): AreaCoverage {
  return coverageOf(ag.actors.get(areaId) ?? { id: areaId, name: areaId }, ag.subgraph.asOf, membersIn(ag, areaId));
}
