/** A compressed adjacency with a weight per slot; each undirected tie appears in both rows. */
export interface WeightedAdjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Weight of self-loops per node (only aggregated Louvain levels have them). */
  selfLoops: Float64Array;
}

/** Weighted degree of each node (into `out` when given); a self-loop counts twice, as NetworkX counts it. */
export function strengths(g: WeightedAdjacency, out = new Float64Array(g.offsets.length - 1)): Float64Array {
  const n = g.offsets.length - 1;
  for (let i = 0; i < n; i++) {
    let sum = 2 * (g.selfLoops[i] as number);
    for (let s = g.offsets[i] as number; s < (g.offsets[i + 1] as number); s++) sum += g.weights[s] as number;
    out[i] = sum;
  }
  return out;
}
