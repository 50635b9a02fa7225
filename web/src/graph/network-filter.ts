import type { LifeDomain, NodeKind, RelationKind, TargetGroup } from '@weefsel/graph-schema';
import type { Network } from '../api/network.types';

/** What the network view shows; an empty list means "no limit on this property". */
export interface NetworkFilter {
  kinds: NodeKind[];
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
  relationKinds: RelationKind[];
}

export const emptyFilter: NetworkFilter = { kinds: [], domains: [], targetGroups: [], relationKinds: [] };

export function isFilterActive(filter: NetworkFilter): boolean {
  return filter.kinds.length + filter.domains.length + filter.targetGroups.length + filter.relationKinds.length > 0;
}

function anyOf<T>(wanted: readonly T[], values: readonly T[]): boolean {
  return wanted.length === 0 || values.some((value) => wanted.includes(value));
}

/**
 * Keep the actors that match every property filter (within one property, any value matches) and the
 * relations of a chosen kind whose two ends are kept. Relation kinds filter ties only: an actor whose
 * ties are all filtered out stays, so it can still be found.
 */
export function filterNetwork<N extends Pick<Network, 'nodes' | 'relations'>>(network: N, filter: NetworkFilter): N {
  if (!isFilterActive(filter)) return network;
  const nodes = network.nodes.filter(
    (node) =>
      (filter.kinds.length === 0 || filter.kinds.includes(node.kind)) &&
      anyOf(filter.domains, node.domains) &&
      anyOf(filter.targetGroups, node.targetGroups),
  );
  const kept = new Set(nodes.map((node) => node.id));
  const relations = network.relations.filter(
    (relation) =>
      kept.has(relation.source) &&
      kept.has(relation.target) &&
      (filter.relationKinds.length === 0 || filter.relationKinds.includes(relation.kind)),
  );
  return { ...network, nodes, relations };
}
