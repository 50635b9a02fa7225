import { degreeAt, type Adjacency } from './adjacency';

/**
 * Local clustering coefficient of every node, as NetworkX's `clustering(G)` (unweighted): the share
 * of pairs of a node's partners that are partners themselves; 0 for nodes with fewer than two.
 * graphology-metrics has no local clustering. Runs in O(sum of degree squared).
 */
export function localClustering(adjacency: Adjacency): Float64Array {
  const { offsets, neighbours } = adjacency;
  const n = adjacency.ids.length;
  const result = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const degree = degreeAt(adjacency, v);
    if (degree < 2) continue;
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    for (let i = start; i < end; i++) mark[neighbours[i] as number] = v;
    let linkedPairs = 0;
    for (let i = start; i < end; i++) {
      const u = neighbours[i] as number;
      for (let j = offsets[u] as number; j < (offsets[u + 1] as number); j++) {
        if (mark[neighbours[j] as number] === v) linkedPairs++;
      }
    }
    // Each triangle through v is seen from both of its other corners.
    result[v] = linkedPairs / (degree * (degree - 1));
  }
  return result;
}
