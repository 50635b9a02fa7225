/** The CSR arrays a search walks: a full adjacency, or the core of a folded one. */
export interface SearchGraph {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Running sums over the sources searched so far, plus the scratch arrays of one search. */
export interface Accumulators {
  /** Raw betweenness: each unordered pair counted from both ends, as in Brandes' algorithm. */
  betweenness: Float64Array;
  /** Per node: summed distances from the sources (and folded leaves) that reached it, and how many. */
  distanceSum: Float64Array;
  distanceCount: Float64Array;
  /** The same for each of the folded leaves hanging on a node (they all lie at the same distances). */
  hangingSum: Float64Array;
  hangingCount: Float64Array;
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  /**
   * Each node's predecessors on shortest paths from the source, written by the search at the
   * node's own adjacency offsets (there are at most as many as its partners), and how many: the
   * accumulation then walks those instead of every partner.
   */
  preds: Int32Array;
  predCount: Int32Array;
}

export function newAccumulators(n: number, arcs: number): Accumulators {
  return {
    betweenness: new Float64Array(n),
    distanceSum: new Float64Array(n),
    distanceCount: new Float64Array(n),
    hangingSum: new Float64Array(n),
    hangingCount: new Float64Array(n),
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    preds: new Int32Array(arcs),
    predCount: new Int32Array(n),
  };
}

/**
 * How one source counts. Exact runs use plain Brandes dependencies. Sampled runs use linear
 * scaling (Geisberger, Sanders & Schultes 2008): a path from the source credits an actor by how
 * far along it lies, so the two ends of a pair share the credit and a sampled source does not
 * inflate its own neighbours; `scale` is size / samples.
 */
export type SourceMode = { kind: 'exact' } | { kind: 'sampled'; scale: number };

/**
 * One breadth-first search and dependency accumulation; leaves `dist` reset for the next source.
 * With `hanging` (exact runs on a folded graph, see leaf-folding.ts) each node stands for itself
 * and the leaves hanging on it, and the source also for its own leaves: a leaf is a target one
 * step beyond its partner, and a source whose paths are its partner's, one step longer.
 */
export function brandesFrom(graph: SearchGraph, source: number, mode: SourceMode, acc: Accumulators, hanging: Int32Array | null = null) {
  const { tail, total } = search(graph, source, acc, hanging);
  const { offsets } = graph;
  const { dist, sigma, delta, order, preds, predCount, betweenness, hangingSum, hangingCount } = acc;
  const sums = acc.distanceSum;
  const counts = acc.distanceCount;
  const linear = mode.kind === 'sampled';
  const leaves = hanging === null ? 0 : (hanging[source] as number);
  const credit = linear ? 2 * mode.scale : 1 + leaves;
  // The source's own leaves lie one step from it.
  let distanceSum = leaves;
  // Every node but the source (order[0]), farthest first.
  for (let i = tail - 1; i >= 1; i--) {
    const w = order[i] as number;
    const dw = dist[w] as number;
    // Plain: delta[v] = sum over targets beyond v of the share of their paths through v (a leaf
    // hanging on w is one such target, all of whose paths pass w). Linear: the same shares divided
    // by the target's distance; v's credit is then that times its own distance.
    const coefficient = ((linear ? 1 / dw : 1) + (delta[w] as number)) / (sigma[w] as number);
    for (let j = offsets[w] as number, end = j + (predCount[w] as number); j < end; j++) {
      const v = preds[j] as number;
      delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
    betweenness[w] = (betweenness[w] as number) + (linear ? credit * dw : credit) * (delta[w] as number);
    sums[w] = (sums[w] as number) + dw + leaves * (dw + 1);
    counts[w] = (counts[w] as number) + 1 + leaves;
    distanceSum += dw;
    const h = hanging === null ? 0 : (hanging[w] as number);
    if (h > 0) {
      hangingSum[w] = (hangingSum[w] as number) + dw + 1 + leaves * (dw + 2);
      hangingCount[w] = (hangingCount[w] as number) + 1 + leaves;
      distanceSum += h * (dw + 1);
    }
    dist[w] = -1;
  }
  dist[source] = -1;
  if (leaves > 0) {
    // Each own leaf reaches every other node through the source, which lies on all those paths.
    acc.betweenness[source] = (acc.betweenness[source] as number) + leaves * (total - 2);
    acc.distanceSum[source] = (acc.distanceSum[source] as number) + leaves;
    acc.distanceCount[source] = (acc.distanceCount[source] as number) + leaves;
    // An own leaf: one step from the source, two from each of its other leaves.
    acc.hangingSum[source] = (acc.hangingSum[source] as number) + 2 * leaves - 1;
    acc.hangingCount[source] = (acc.hangingCount[source] as number) + leaves;
  }
  return { distanceSum, reached: tail - 1 };
}

/**
 * Breadth-first search counting shortest paths (sigma); returns how many nodes it reached (`tail`)
 * and how many they stand for with their hanging leaves (`total`).
 */
function search(graph: SearchGraph, source: number, acc: Accumulators, hanging: Int32Array | null) {
  const { offsets, neighbours } = graph;
  const { dist, sigma, delta, order, preds, predCount } = acc;
  dist[source] = 0;
  sigma[source] = 1;
  let head = 0;
  let tail = 0;
  let total = 0;
  order[tail++] = source;
  while (head < tail) {
    const v = order[head++] as number;
    total += hanging === null ? 1 : 1 + (hanging[v] as number);
    const next = (dist[v] as number) + 1;
    const sv = sigma[v] as number;
    for (let j = offsets[v] as number, end = offsets[v + 1] as number; j < end; j++) {
      const w = neighbours[j] as number;
      const dw = dist[w] as number;
      if (dw === -1) {
        dist[w] = next;
        sigma[w] = sv;
        delta[w] = hanging === null ? 0 : (hanging[w] as number);
        order[tail++] = w;
        preds[offsets[w] as number] = v;
        predCount[w] = 1;
      } else if (dw === next) {
        sigma[w] = (sigma[w] as number) + sv;
        preds[(offsets[w] as number) + (predCount[w] as number)] = v;
        predCount[w] = (predCount[w] as number) + 1;
      }
    }
  }
  return { tail, total };
}
