import type { Adjacency } from './adjacency';

/**
 * A graph with its leaves taken off: a leaf (one partner, who has others) lies on no shortest path
 * between two other actors, and its distances are its partner's plus one, so exact Brandes need
 * not search from it nor walk over it. The boundary partners of an area are mostly leaves: in a
 * care zone about half the nodes, which this takes out of every breadth-first search.
 */
export interface FoldedGraph {
  /** CSR adjacency of the core (every node that is not a folded leaf), by core index. */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Core index -> index in the full adjacency. */
  fullIndex: Int32Array;
  /** Full index -> core index, or -1 for a folded leaf. */
  coreIndex: Int32Array;
  /** Core index -> how many folded leaves hang on it. */
  hanging: Int32Array;
  /** Full index of each folded leaf -> core index of its partner; -1 for the core. */
  partnerOf: Int32Array;
}

export function foldLeaves(adjacency: Adjacency): FoldedGraph {
  const { offsets, neighbours } = adjacency;
  const n = adjacency.ids.length;
  const degree = (i: number) => (offsets[i + 1] as number) - (offsets[i] as number);
  const leaf = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    if (degree(u) === 1 && degree(neighbours[offsets[u] as number] as number) > 1) leaf[u] = 1;
  }
  const coreIndex = new Int32Array(n).fill(-1);
  const fullIndex: number[] = [];
  for (let u = 0; u < n; u++) {
    if (leaf[u]) continue;
    coreIndex[u] = fullIndex.length;
    fullIndex.push(u);
  }
  const m = fullIndex.length;
  const hanging = new Int32Array(m);
  const partnerOf = new Int32Array(n).fill(-1);
  const coreOffsets = new Int32Array(m + 1);
  const coreNeighbours: number[] = [];
  for (let c = 0; c < m; c++) {
    const u = fullIndex[c] as number;
    for (let j = offsets[u] as number, end = offsets[u + 1] as number; j < end; j++) {
      const v = neighbours[j] as number;
      if (leaf[v]) {
        hanging[c] = (hanging[c] as number) + 1;
        partnerOf[v] = c;
      } else coreNeighbours.push(coreIndex[v] as number);
    }
    coreOffsets[c + 1] = coreNeighbours.length;
  }
  return { offsets: coreOffsets, neighbours: Int32Array.from(coreNeighbours), fullIndex: Int32Array.from(fullIndex), coreIndex, hanging, partnerOf };
}
