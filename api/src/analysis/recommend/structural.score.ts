import type { Adjacency } from '../adjacency';

/** Link prediction on the collaboration graph: the partners two actors share, and how telling they are. */
export interface StructuralScore {
  /** Sum over shared partners z of 1 / ln(degree z): a shared partner with few ties says more. */
  adamicAdar: number;
  /** Sum over shared partners z of 1 / degree z (resource allocation). */
  resourceAllocation: number;
  /** Node indices of the shared partners, most telling (fewest ties) first. */
  shared: number[];
  /** 1 - exp(-adamicAdar), in [0, 1): one shared partner of degree 2 gives about 0.76. */
  score: number;
}

/** Adamic-Adar and resource allocation of the pair (i, j); `mark` is a scratch array of size n. */
export function structuralScore(adjacency: Adjacency, i: number, j: number, mark?: Uint8Array): StructuralScore {
  const { offsets, neighbours } = adjacency;
  const seen = mark ?? new Uint8Array(adjacency.ids.length);
  for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) seen[neighbours[s] as number] = 1;
  const shared: number[] = [];
  for (let s = offsets[j] as number; s < (offsets[j + 1] as number); s++) {
    const z = neighbours[s] as number;
    if (seen[z] === 1) shared.push(z);
  }
  for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) seen[neighbours[s] as number] = 0;
  const degree = (z: number) => (offsets[z + 1] as number) - (offsets[z] as number);
  shared.sort((a, b) => degree(a) - degree(b) || a - b);
  // A shared partner has degree >= 2, so ln(degree) > 0.
  const adamicAdar = shared.reduce((sum, z) => sum + 1 / Math.log(degree(z)), 0);
  const resourceAllocation = shared.reduce((sum, z) => sum + 1 / degree(z), 0);
  return { adamicAdar, resourceAllocation, shared, score: 1 - Math.exp(-adamicAdar) };
}
