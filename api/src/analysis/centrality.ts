import type { AnalysisOptions } from './analysis-options';
import type { AnalysisGraph } from './analysis-graph';
import { pagerankOf } from './pagerank';
import { pathStats } from './path-sampling';
import { seededRandom } from './rng';

/** Centralities by node index (the order of `adjacency.ids`). */
export interface Centralities {
  betweenness: Float64Array;
  closeness: Float64Array;
  pagerank: Float64Array;
  /** Mean shortest path length of each component (by component index), null for singletons. */
  componentPathLength: (number | null)[];
  /** True when betweenness, closeness and path lengths are sampled estimates. */
  approximate: boolean;
  /** Breadth-first searches run (sources); equals the node count when exact. */
  sources: number;
}

/**
 * Path-based centralities ignore tie weights (hops, as NetworkX without `weight`): a weight here is
 * the strength of a collaboration, not a distance. PageRank uses the weights (strong ties pass on
 * more), as NetworkX's `pagerank(G, weight="weight")`. Up to `exactMaxNodes` nodes every node is a
 * source (exact, equal to NetworkX and to graphology-metrics, which the tests check); above it the
 * sources are sampled. One set of breadth-first searches gives betweenness, closeness and path
 * lengths together: graphology's versions take one pass each plus a graphology graph, which put a
 * 1,000-actor care zone well over its 250 ms budget.
 */
export function centralities(ag: AnalysisGraph, components: number[][], options: AnalysisOptions): Centralities {
  const exact = ag.adjacency.ids.length <= options.exactMaxNodes;
  const stats = pathStats(ag.adjacency, components, exact ? Number.POSITIVE_INFINITY : options.samples, seededRandom(options.seed));
  return { ...stats, pagerank: pagerankOf(ag.weighted, options.pagerankAlpha) };
}
