import type { Adjacency } from './adjacency';

/** One side of a cut: how many nodes, and how many of them count (inside actors of the scope). */
export interface Part {
  nodes: number;
  weight: number;
  /**
   * A piece below the cut in the depth-first tree occupies discovery times
   * [firstTime, firstTime + nodes) (see `members`); -1 for the piece that holds the search root.
   */
  firstTime: number;
}

/** A node whose removal splits its component into `parts` (two or more). */
export interface CutVertex {
  node: number;
  parts: Part[];
  component: Span;
}

/** A component as a run of discovery times: [firstTime, firstTime + nodes). */
export interface Span {
  firstTime: number;
  nodes: number;
}

/** A tie whose removal splits its component in two: `near` holds `from`, `far` holds `to`. */
export interface CutEdge {
  from: number;
  to: number;
  near: Part;
  far: Part;
  component: Span;
}

export interface CutStructure {
  articulationPoints: CutVertex[];
  bridges: CutEdge[];
  /** The node discovered at each time of the depth-first search, and the time of each node. */
  discoveryOrder: Int32Array;
  discoveryTime: Int32Array;
}

interface Separation {
  parent: number;
  child: Part;
}

/**
 * Articulation points and bridges (Hopcroft-Tarjan), with the sizes of the pieces each one would
 * leave behind. graphology has neither. The depth-first search keeps its own stack: a recursive
 * version overflows the call stack on long chains (a 50,000-actor region has them).
 * `weights[i]` says how much node i counts (1 for an inside actor, 0 for a boundary partner).
 */
export function cutStructure(adjacency: Adjacency, weights?: ArrayLike<number>): CutStructure {
  const n = adjacency.ids.length;
  const state = newSearchState(n, weights);
  const result: CutStructure = { articulationPoints: [], bridges: [], discoveryOrder: state.order, discoveryTime: state.disc };
  for (let root = 0; root < n; root++) {
    if (state.disc[root] !== -1) continue;
    const { separations, bridges, rootChildren } = searchComponent(adjacency, state, root);
    const component: Part = { nodes: state.size[root] as number, weight: state.weight[root] as number, firstTime: state.disc[root] as number };
    collectArticulationPoints(separations, root, rootChildren, component, state, result.articulationPoints);
    for (const child of bridges) {
      const far = partBelow(state, child.to);
      const near = { nodes: component.nodes - far.nodes, weight: component.weight - far.weight, firstTime: -1 };
      result.bridges.push({ from: child.from, to: child.to, near, far, component: spanOf(component) });
    }
  }
  return result;
}

function spanOf(part: Part): Span {
  return { firstTime: part.firstTime, nodes: part.nodes };
}

function partBelow(state: SearchState, child: number): Part {
  return { nodes: state.size[child] as number, weight: state.weight[child] as number, firstTime: state.disc[child] as number };
}

interface SearchState {
  disc: Int32Array;
  order: Int32Array;
  low: Int32Array;
  size: Int32Array;
  weight: Float64Array;
  nodeWeight: ArrayLike<number>;
  time: number;
}

function newSearchState(n: number, weights?: ArrayLike<number>): SearchState {
  return {
    disc: new Int32Array(n).fill(-1),
    order: new Int32Array(n),
    low: new Int32Array(n),
    size: new Int32Array(n),
    weight: new Float64Array(n),
    nodeWeight: weights ?? new Float64Array(n).fill(1),
    time: 0,
  };
}

function searchComponent(adjacency: Adjacency, state: SearchState, root: number) {
  const { offsets, neighbours } = adjacency;
  const { disc, low, size, weight } = state;
  const separations: Separation[] = [];
  const bridges: { from: number; to: number }[] = [];
  let rootChildren = 0;
  // Explicit DFS stack: node, its parent and the next neighbour slot to look at.
  const stackNode: number[] = [];
  const stackParent: number[] = [];
  const stackNext: number[] = [];
  const visit = (node: number, parent: number) => {
    state.order[state.time] = node;
    disc[node] = low[node] = state.time++;
    size[node] = 1;
    weight[node] = state.nodeWeight[node] as number;
    stackNode.push(node);
    stackParent.push(parent);
    stackNext.push(offsets[node] as number);
  };
  visit(root, -1);
  while (stackNode.length > 0) {
    const top = stackNode.length - 1;
    const v = stackNode[top] as number;
    const next = stackNext[top] as number;
    if (next < (offsets[v + 1] as number)) {
      stackNext[top] = next + 1;
      const u = neighbours[next] as number;
      if (u === stackParent[top]) continue;
      if (disc[u] === -1) visit(u, v);
      else low[v] = Math.min(low[v] as number, disc[u] as number);
      continue;
    }
    stackNode.pop();
    stackNext.pop();
    const p = stackParent.pop() as number;
    if (p === -1) continue;
    low[p] = Math.min(low[p] as number, low[v] as number);
    size[p] = (size[p] as number) + (size[v] as number);
    weight[p] = (weight[p] as number) + (weight[v] as number);
    if (p === root) rootChildren++;
    if ((low[v] as number) >= (disc[p] as number)) {
      separations.push({ parent: p, child: partBelow(state, v) });
    }
    if ((low[v] as number) > (disc[p] as number)) bridges.push({ from: p, to: v });
  }
  return { separations, bridges, rootChildren };
}

/** The root is a cut vertex only with two or more DFS children; any other node with one separated child. */
function collectArticulationPoints(
  separations: Separation[],
  root: number,
  rootChildren: number,
  component: Part,
  state: SearchState,
  out: CutVertex[],
): void {
  const byNode = new Map<number, Part[]>();
  for (const { parent, child } of separations) {
    if (parent === root && rootChildren < 2) continue;
    const parts = byNode.get(parent) ?? [];
    parts.push(child);
    byNode.set(parent, parts);
  }
  for (const [node, parts] of byNode) {
    const below = parts.reduce((acc, p) => ({ nodes: acc.nodes + p.nodes, weight: acc.weight + p.weight }), {
      nodes: 1,
      weight: state.nodeWeight[node] as number,
    });
    const rest = { nodes: component.nodes - below.nodes, weight: component.weight - below.weight, firstTime: -1 };
    out.push({ node, parts: rest.nodes > 0 ? [rest, ...parts] : parts, component: spanOf(component) });
  }
}

/**
 * The nodes of one piece, at most `limit` of them, with their weight above zero when `weights` is
 * given. A piece below the cut is a run of discovery times; the piece holding the search root is
 * the rest of the component's run, minus the cut node and the pieces below it.
 */
export function membersOf(
  structure: CutStructure,
  part: Part,
  cut: { component: Span; below: readonly Part[]; node?: number },
  options: { limit: number; weights?: ArrayLike<number> },
): number[] {
  const skip: Span[] =
    part.firstTime >= 0
      ? []
      : [...cut.below.filter((p) => p.firstTime >= 0), ...(cut.node === undefined ? [] : [{ firstTime: structure.discoveryTime[cut.node] as number, nodes: 1 }])];
  const span = part.firstTime >= 0 ? { firstTime: part.firstTime, nodes: part.nodes } : cut.component;
  const out: number[] = [];
  for (let t = span.firstTime; t < span.firstTime + span.nodes && out.length < options.limit; t++) {
    const skipped = skip.find((s) => t >= s.firstTime && t < s.firstTime + s.nodes);
    if (skipped) {
      t = skipped.firstTime + skipped.nodes - 1;
      continue;
    }
    const node = structure.discoveryOrder[t] as number;
    if (!options.weights || (options.weights[node] as number) > 0) out.push(node);
  }
  return out;
}
