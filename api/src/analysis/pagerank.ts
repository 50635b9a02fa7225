import { strengths, type WeightedAdjacency } from './weighted-adjacency';

/**
 * PageRank by power iteration, as NetworkX's `pagerank(G, alpha, weight="weight")` on an undirected
 * graph: a node passes its rank to its partners in proportion to tie weight; isolated nodes
 * ("dangling") spread theirs evenly. Stops when the summed change is below n * tolerance.
 * Runs on the compressed adjacency: graphology-metrics' version needs a graphology graph, and
 * building one for 50,000 actors costs about two seconds on its own. Expects no self-loops (the
 * analysis graph has none).
 */
export function pagerankOf(g: WeightedAdjacency, alpha = 0.85, tolerance = 1e-10, maxIterations = 10_000): Float64Array {
  const n = g.offsets.length - 1;
  if (n === 0) return new Float64Array(0);
  const strength = strengths(g);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += x[i] as number;
    next.fill((alpha * dangling + 1 - alpha) / n);
    for (let i = 0; i < n; i++) {
      const s = strength[i] as number;
      if (s === 0) continue;
      const share = (alpha * (x[i] as number)) / s;
      for (let k = g.offsets[i] as number; k < (g.offsets[i + 1] as number); k++) {
        const j = g.neighbours[k] as number;
        next[j] = (next[j] as number) + share * (g.weights[k] as number);
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  throw new Error(`pagerank: no convergence after ${maxIterations} iterations (tolerance ${tolerance}); raise maxIterations or the tolerance`);
}
