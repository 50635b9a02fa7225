import type { Adjacency } from './adjacency';
import { brandesFrom, newAccumulators, type Accumulators, type SourceMode } from './brandes';
import { sampleWithoutReplacement } from './rng';

/** Shortest-path statistics from Brandes' algorithm run from some or all sources. */
export interface PathStats {
  /** Normalised as NetworkX: divided by (n-1)(n-2). */
  betweenness: Float64Array;
  /** Wasserman-Faust closeness (NetworkX wf_improved). */
  closeness: Float64Array;
  /** Mean shortest path length within each component, by component index (null for singletons). */
  componentPathLength: (number | null)[];
  /** Sources accounted for: the node count when exact (folded leaves included). */
  sources: number;
  approximate: boolean;
}

/**
 * Brandes' betweenness and, from the same breadth-first searches, closeness and mean path length.
 * Components up to `samplesPerComponent` nodes are computed exactly from every source; in larger
 * ones `samplesPerComponent` sources are drawn at random and each source's contribution is scaled
 * by size/samples (Brandes & Pich 2007, drawn per component so small components stay exact), with
 * linear scaling of the dependencies (Geisberger et al. 2008), which keeps a sampled source from
 * inflating its neighbours (on a generated 50,000-actor network, 100 sources, it raised the
 * correlation with a 1,500-source estimate from 0.49 to 0.81 over the plain estimator that
 * NetworkX's `betweenness_centrality(k=...)` uses). Closeness estimates a node's mean
 * distance from the sampled sources (Eppstein & Wang 2004): distances are symmetric here.
 */
export function pathStats(
  adjacency: Adjacency,
  components: number[][],
  samplesPerComponent: number,
  random: () => number,
): PathStats {
  const n = adjacency.ids.length;
  const acc = newAccumulators(n);
  let sources = 0;
  let approximate = false;
  const componentPathLength = components.map((component) => {
    const sampled = component.length > samplesPerComponent;
    approximate ||= sampled;
    const run = sampled ? sampledRun(adjacency, component, samplesPerComponent, random, acc) : exactRun(adjacency, component, acc);
    sources += run.sources;
    return run.pairs > 0 ? run.distanceSum / run.pairs : null;
  });
  return {
    betweenness: normaliseBetweenness(acc.betweenness, n),
    closeness: estimateCloseness(acc, components, n),
    componentPathLength,
    sources,
    approximate,
  };
}

function sampledRun(adjacency: Adjacency, component: number[], samples: number, random: () => number, acc: Accumulators) {
  const chosen = sampleWithoutReplacement(component, samples, random);
  const mode: SourceMode = { kind: 'sampled', scale: component.length / chosen.length };
  let distanceSum = 0;
  let pairs = 0;
  for (const source of chosen) {
    const reach = brandesFrom(adjacency, source, mode, acc);
    distanceSum += reach.distanceSum;
    pairs += reach.reached;
  }
  return { sources: chosen.length, distanceSum, pairs };
}

/**
 * Every node is a source, but a leaf (one partner, who has others) is folded into its partner:
 * boundary partners of an area are mostly leaves, so this about halves the work for a care zone.
 */
function exactRun(adjacency: Adjacency, component: number[], acc: Accumulators) {
  const degree = (i: number) => (adjacency.offsets[i + 1] as number) - (adjacency.offsets[i] as number);
  const leavesOf = new Map<number, number[]>();
  for (const u of component) {
    const v = adjacency.neighbours[adjacency.offsets[u] as number] as number;
    if (degree(u) === 1 && degree(v) > 1) leavesOf.set(v, [...(leavesOf.get(v) ?? []), u]);
  }
  const folded = new Set([...leavesOf.values()].flat());
  const c = component.length;
  let distanceSum = 0;
  for (const source of component) {
    if (folded.has(source)) continue;
    const leaves = leavesOf.get(source) ?? [];
    const reach = brandesFrom(adjacency, source, { kind: 'exact', leaves: leaves.length }, acc);
    // A folded leaf's distances are the source's plus one, except to the source itself (1).
    distanceSum += reach.distanceSum * (1 + leaves.length) + leaves.length * (c - 2);
    for (const u of leaves) {
      // The leaf was counted as a target of its own folded search: take that out.
      acc.distanceSum[u] = (acc.distanceSum[u] as number) - 2;
      acc.distanceCount[u] = (acc.distanceCount[u] as number) - 1;
    }
  }
  return { sources: c, distanceSum, pairs: c * (c - 1) };
}

/** Each pair is counted from both ends, so NetworkX's 1/((n-1)(n-2)) gives its normalised value. */
function normaliseBetweenness(raw: Float64Array, n: number): Float64Array {
  if (n <= 2) return raw.fill(0);
  const scale = 1 / ((n - 1) * (n - 2));
  return raw.map((x) => x * scale);
}

function estimateCloseness(acc: Accumulators, components: number[][], n: number): Float64Array {
  const closeness = new Float64Array(n);
  for (const component of components) {
    const reach = component.length - 1;
    for (const v of component) {
      const count = acc.distanceCount[v] as number;
      const sum = acc.distanceSum[v] as number;
      // Mean distance to the others, exact or estimated; scaled by the share of the graph reached.
      if (count > 0 && sum > 0) closeness[v] = (count / sum) * (reach / (n - 1));
    }
  }
  return closeness;
}
