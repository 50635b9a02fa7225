import type { Highlight } from '../../app/view-contract';

export interface CoverageEntry<V extends string> {
  value: V;
  /** Inside actors working in this domain or for this target group. */
  actorCount: number;
}

export interface Coverage<D extends string, T extends string> {
  domains: CoverageEntry<D>[];
  targetGroups: CoverageEntry<T>[];
  missingDomains: D[];
  missingTargetGroups: T[];
}

interface CoverageNode<D extends string, T extends string> {
  boundary: boolean;
  domains: readonly D[];
  targetGroups: readonly T[];
}

function countBy<V extends string>(all: readonly V[], valueLists: readonly (readonly V[])[]): CoverageEntry<V>[] {
  const counts = new Map<V, number>(all.map((value) => [value, 0]));
  for (const values of valueLists) for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return all.map((value) => ({ value, actorCount: counts.get(value) ?? 0 }));
}

/**
 * Which life domains and target groups the actors of an area cover, in graph-schema order.
 * Partners outside the area (boundary) do not count: the question is what the area itself offers.
 */
export function areaCoverage<D extends string, T extends string>(
  nodes: readonly CoverageNode<D, T>[],
  allDomains: readonly D[],
  allTargetGroups: readonly T[],
): Coverage<D, T> {
  const inside = nodes.filter((node) => !node.boundary);
  const domains = countBy(allDomains, inside.map((node) => node.domains));
  const targetGroups = countBy(allTargetGroups, inside.map((node) => node.targetGroups));
  return {
    domains,
    targetGroups,
    missingDomains: domains.filter((entry) => entry.actorCount === 0).map((entry) => entry.value),
    missingTargetGroups: targetGroups.filter((entry) => entry.actorCount === 0).map((entry) => entry.value),
  };
}

/** A suggested collaboration: the two actors it would tie (no tie exists yet). */
export function suggestionHighlight(suggestion: { from: { id: string }; to: { id: string } }, label?: string): Highlight {
  return { nodes: [suggestion.from.id, suggestion.to.id], edges: [], ...(label ? { label } : {}) };
}
