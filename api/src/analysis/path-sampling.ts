import type { Adjacency } from './adjacency';
import { brandesFrom, newAccumulators, type Accumulators, type SourceMode } from './brandes';
import { foldLeaves, type FoldedGraph } from './leaf-folding';
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
  const acc = newAccumulators(n, adjacency.neighbours.length);
  const folded = components.some((c) => c.length <= samplesPerComponent) ? foldLeaves(adjacency) : null;
  const coreAcc = folded && newAccumulators(folded.fullIndex.length, folded.neighbours.length);
  let sources = 0;
  let approximate = false;
  const componentPathLength = components.map((component) => {
    const sampled = component.length > samplesPerComponent;
    approximate ||= sampled;
    const run = sampled ? sampledRun(adjacency, component, samplesPerComponent, random, acc) : exactRun(folded as FoldedGraph, component, coreAcc as Accumulators);
    sources += run.sources;
    return run.pairs > 0 ? run.distanceSum / run.pairs : null;
  });
  if (folded) unfold(folded, coreAcc as Accumulators, acc);
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

/** Every node is a source; the folded leaves through their partners' searches (see brandesFrom). */
function exactRun(folded: FoldedGraph, component: number[], acc: Accumulators) {
  const c = component.length;
  let distanceSum = 0;
  for (const u of component) {
    const source = folded.coreIndex[u] as number;
    if (source < 0) continue;
    const leaves = folded.hanging[source] as number;
    const reach = brandesFrom(folded, source, { kind: 'exact' }, acc, folded.hanging);
    // A leaf's distances are the source's plus one, except to the source itself (1).
    distanceSum += reach.distanceSum * (1 + leaves) + leaves * (c - 2);
  }
  return { sources: c, distanceSum, pairs: c * (c - 1) };
}

/** Adds the core's sums to the full graph's; a folded leaf gets its partner's hanging sums. */
function unfold(folded: FoldedGraph, core: Accumulators, acc: Accumulators): void {
  folded.fullIndex.forEach((u, c) => {
    acc.betweenness[u] = (acc.betweenness[u] as number) + (core.betweenness[c] as number);
    acc.distanceSum[u] = (acc.distanceSum[u] as number) + (core.distanceSum[c] as number);
    acc.distanceCount[u] = (acc.distanceCount[u] as number) + (core.distanceCount[c] as number);
  });
  folded.partnerOf.forEach((c, u) => {
    if (c < 0) return;
    acc.distanceSum[u] = (acc.distanceSum[u] as number) + (core.hangingSum[c] as number);
    acc.distanceCount[u] = (acc.distanceCount[u] as number) + (core.hangingCount[c] as number);
  });
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
