import type { Adjacency } from './adjacency';

export interface Components {
  /** Node indices per component, largest first (equal sizes: lowest first node first). */
  members: number[][];
  /** Component index of each node. */
  componentOf: Int32Array;
}

/**
 * Connected components by breadth-first search on the compressed adjacency. graphology-components
 * gives the same partition but needs the graphology graph, which the gap analysis otherwise never
 * builds (on 50,000 actors building it costs more than all the gaps together).
 */
export function componentsOf(adjacency: Adjacency): Components {
  const { offsets, neighbours } = adjacency;
  const n = adjacency.ids.length;
  const seen = new Uint8Array(n);
  const found: number[][] = [];
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    const component = [root];
    for (let head = 0; head < component.length; head++) {
      const v = component[head] as number;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
        const w = neighbours[j] as number;
        if (!seen[w]) {
          seen[w] = 1;
          component.push(w);
        }
      }
    }
    found.push(component);
  }
  // Roots are taken in index order, so a stable sort by size keeps lowest-first among equals.
  const members = found.sort((a, b) => b.length - a.length);
  const componentOf = new Int32Array(n);
  members.forEach((nodes, c) => {
    for (const i of nodes) componentOf[i] = c;
  });
  return { members, componentOf };
}
