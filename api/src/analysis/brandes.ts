import type { Adjacency } from './adjacency';

/** Running sums over the sources searched so far, plus the scratch arrays of one search. */
export interface Accumulators {
  /** Raw betweenness: each unordered pair counted from both ends, as in Brandes' algorithm. */
  betweenness: Float64Array;
  /** Per node: summed distances from the sources (and folded leaves) that reached it, and how many. */
  distanceSum: Float64Array;
  distanceCount: Float64Array;
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

export function newAccumulators(n: number): Accumulators {
  return {
    betweenness: new Float64Array(n),
    distanceSum: new Float64Array(n),
    distanceCount: new Float64Array(n),
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
  };
}

/**
 * How one source counts. Exact runs use plain Brandes dependencies and may stand in for `leaves`
 * degree-1 partners of the source: a leaf's shortest paths are the source's, one step longer, so its
 * own search is skipped. Sampled runs use linear scaling (Geisberger, Sanders & Schultes 2008): a
 * path from the source credits an actor by how far along it lies, so the two ends of a pair share
 * the credit and a sampled source does not inflate its own neighbours; `scale` is size / samples.
 */
export type SourceMode = { kind: 'exact'; leaves: number } | { kind: 'sampled'; scale: number };

/** One breadth-first search and dependency accumulation; leaves `dist` reset for the next source. */
export function brandesFrom(adjacency: Adjacency, source: number, mode: SourceMode, acc: Accumulators) {
  const tail = search(adjacency, source, acc);
  const { offsets, neighbours } = adjacency;
  const { dist, sigma, delta, order } = acc;
  const linear = mode.kind === 'sampled';
  const leaves = mode.kind === 'exact' ? mode.leaves : 0;
  let distanceSum = 0;
  // Every node but the source (order[0]), farthest first.
  for (let i = tail - 1; i >= 1; i--) {
    const w = order[i] as number;
    const dw = dist[w] as number;
    // Plain: delta[v] = sum over targets beyond v of the share of their paths through v. Linear: the
    // same shares divided by the target's distance; v's credit is then that times its own distance.
    const coefficient = ((linear ? 1 / dw : 1) + (delta[w] as number)) / (sigma[w] as number);
    const previous = dw - 1;
    for (let j = offsets[w] as number, end = offsets[w + 1] as number; j < end; j++) {
      const v = neighbours[j] as number;
      if (dist[v] === previous) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
    const credit = mode.kind === 'sampled' ? 2 * mode.scale * dw : 1 + leaves;
    acc.betweenness[w] = (acc.betweenness[w] as number) + credit * (delta[w] as number);
    acc.distanceSum[w] = (acc.distanceSum[w] as number) + dw + leaves * (dw + 1);
    acc.distanceCount[w] = (acc.distanceCount[w] as number) + 1 + leaves;
    distanceSum += dw;
    dist[w] = -1;
  }
  dist[source] = -1;
  if (leaves > 0) {
    // Each folded leaf reaches the others through the source, which lies on all those paths.
    acc.betweenness[source] = (acc.betweenness[source] as number) + leaves * (tail - 2);
    acc.distanceSum[source] = (acc.distanceSum[source] as number) + leaves;
    acc.distanceCount[source] = (acc.distanceCount[source] as number) + leaves;
  }
  return { distanceSum, reached: tail - 1 };
}

/** Breadth-first search counting shortest paths (sigma); returns how many nodes it reached. */
function search(adjacency: Adjacency, source: number, acc: Accumulators): number {
  const { offsets, neighbours } = adjacency;
  const { dist, sigma, delta, order } = acc;
  dist[source] = 0;
  sigma[source] = 1;
  let head = 0;
  let tail = 0;
  order[tail++] = source;
  while (head < tail) {
    const v = order[head++] as number;
    const next = (dist[v] as number) + 1;
    const sv = sigma[v] as number;
    for (let j = offsets[v] as number, end = offsets[v + 1] as number; j < end; j++) {
      const w = neighbours[j] as number;
      const dw = dist[w] as number;
      if (dw === -1) {
        dist[w] = next;
        sigma[w] = sv;
        delta[w] = 0;
        order[tail++] = w;
      } else if (dw === next) sigma[w] = (sigma[w] as number) + sv;
    }
  }
  return tail;
}
