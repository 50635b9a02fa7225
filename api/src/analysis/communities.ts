import type { AbstractGraph } from 'graphology-types';
import { louvainCommunities, modularityOf } from './louvain';
import { modularity } from './graphology';
import { seededRandom } from './rng';
import type { WeightedAdjacency } from './weighted-adjacency';

export interface Communities {
  /** Community index of each node, 0 for the largest community. */
  communityOf: Int32Array;
  count: number;
  /** Newman modularity of the partition, with tie weights (NetworkX `modularity(..., weight="weight")`). */
  modularity: number;
}

/** Louvain communities (weighted, seeded so the same network always gets the same partition). */
export function communitiesOf(g: WeightedAdjacency, seed: number): Communities {
  const raw = louvainCommunities(g, seededRandom(seed));
  const sizes = new Map<number, number>();
  for (const c of raw) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => (sizes.get(b) as number) - (sizes.get(a) as number) || a - b);
  const renumber = new Map(order.map((c, i) => [c, i]));
  const communityOf = raw.map((c) => renumber.get(c) as number);
  // Worked out when asked: the recommendations, which run Louvain after every new tie, never ask.
  let modularity: number | null = null;
  return {
    communityOf,
    count: order.length,
    get modularity() {
      return (modularity ??= modularityOf(g, communityOf));
    },
  };
}

/** Weighted modularity by graphology-metrics: the independent check of `modularityOf` in the tests. */
export function graphologyModularity(graph: AbstractGraph, partition: Record<string, string | number>): number {
  return modularity(graph, { getNodeCommunity: (node) => partition[node] as string | number, getEdgeWeight: 'weight' });
}
