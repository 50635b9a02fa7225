import { strengths, type WeightedAdjacency } from './weighted-adjacency';

/**
 * Louvain community detection (Blondel et al. 2008), weighted, resolution 1: move single nodes to
 * the neighbouring community that gains most modularity until nothing moves, fold communities into
 * nodes, repeat while the folding changes anything. Runs on the compressed adjacency, since
 * graphology-communities-louvain needs a graphology graph (about two seconds to build at 50,000
 * actors); its results are the reference in the tests. `random` orders the node visits.
 */
export function louvainCommunities(g: WeightedAdjacency, random: () => number): Int32Array {
  const n = g.offsets.length - 1;
  let membership = identity(n);
  let level = g;
  for (let round = 0; round < 100; round++) {
    const community = moveNodes(level, random);
    const { count, renumbered } = renumber(community);
    if (count === level.offsets.length - 1) break;
    membership = membership.map((c) => renumbered[c] as number);
    level = aggregate(level, renumbered, count);
  }
  return membership;
}

/**
 * The local moving phase, with a queue (Traag's fast local moves, graphology's default): when a node
 * moves, only its partners outside its new community are looked at again. Returns each node's
 * community (ids are node indices).
 */
function moveNodes(g: WeightedAdjacency, random: () => number): Int32Array {
  const n = g.offsets.length - 1;
  const k = strengths(g);
  const total = k.reduce((s, x) => s + x, 0);
  const community = identity(n);
  if (total === 0) return community;
  const state = { k, total, community, communityStrength: Float64Array.from(k), linkTo: new Float64Array(n), touched: [] as number[] };
  // A ring buffer: a node is queued at most once at a time, so n slots suffice.
  const queue = shuffled(n, random);
  const queued = new Uint8Array(n).fill(1);
  for (let head = 0, size = n; size > 0; head = head + 1 === n ? 0 : head + 1, size--) {
    const i = queue[head] as number;
    queued[i] = 0;
    const best = bestCommunity(g, i, state);
    if (best === community[i]) continue;
    community[i] = best;
    for (let s = g.offsets[i] as number, end = g.offsets[i + 1] as number; s < end; s++) {
      const j = g.neighbours[s] as number;
      if (!queued[j] && community[j] !== best) {
        queued[j] = 1;
        const tail = head + size;
        queue[tail < n ? tail : tail - n] = j;
        size++;
      }
    }
  }
  return community;
}

interface MoveState {
  k: Float64Array;
  total: number;
  community: Int32Array;
  communityStrength: Float64Array;
  linkTo: Float64Array;
  touched: number[];
}

/** The neighbouring community (or its own) where node i adds most modularity; updates strengths. */
function bestCommunity(g: WeightedAdjacency, i: number, state: MoveState): number {
  const { k, total, community, communityStrength, linkTo, touched } = state;
  const own = community[i] as number;
  touched.length = 0;
  linkTo[own] = 0;
  touched.push(own);
  for (let s = g.offsets[i] as number, end = g.offsets[i + 1] as number; s < end; s++) {
    const c = community[g.neighbours[s] as number] as number;
    if (linkTo[c] === 0 && c !== own) touched.push(c);
    linkTo[c] = (linkTo[c] as number) + (g.weights[s] as number);
  }
  communityStrength[own] = (communityStrength[own] as number) - (k[i] as number);
  // Gain of joining c, up to a factor common to all c: links into c - strength(c) * k_i / 2m.
  let best = own;
  let bestGain = (linkTo[own] as number) - ((communityStrength[own] as number) * (k[i] as number)) / total;
  for (const c of touched) {
    const gain = (linkTo[c] as number) - ((communityStrength[c] as number) * (k[i] as number)) / total;
    if (gain > bestGain + 1e-12) {
      best = c;
      bestGain = gain;
    }
    linkTo[c] = 0;
  }
  communityStrength[best] = (communityStrength[best] as number) + (k[i] as number);
  return best;
}

/** 0, 1, ..., n - 1 (a loop: `Int32Array.from` with a callback costs more at 50,000 nodes). */
function identity(n: number): Int32Array {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return ids;
}

function shuffled(n: number, random: () => number): Int32Array {
  const order = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

function renumber(community: Int32Array): { count: number; renumbered: Int32Array } {
  const renumbered = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (const c of community) if (renumbered[c] === -1) renumbered[c] = count++;
  return { count, renumbered: community.map((c) => renumbered[c] as number) };
}

/** Folds each community into one node: ties inside it become its self-loop, ties between add up. */
function aggregate(g: WeightedAdjacency, communityOf: Int32Array, count: number): WeightedAdjacency {
  // Members by community, as one counting sort: at 50,000 nodes an array per community cost more than the fold.
  const start = new Int32Array(count + 1);
  for (const c of communityOf) start[c + 1] = (start[c + 1] as number) + 1;
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const members = new Int32Array(communityOf.length);
  const fill = start.slice(0, count);
  communityOf.forEach((c, i) => {
    members[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  });
  const selfLoops = new Float64Array(count);
  const offsets = new Int32Array(count + 1);
  // A community has at most as many neighbouring communities as its members have ties. The level
  // lives only while Louvain runs, so it keeps views on these arrays rather than copies.
  const neighbours = new Int32Array(g.neighbours.length);
  const weights = new Float64Array(g.neighbours.length);
  let used = 0;
  const sum = new Float64Array(count);
  const touched: number[] = [];
  for (let c = 0; c < count; c++) {
    for (let m = start[c] as number, last = start[c + 1] as number; m < last; m++) {
      const i = members[m] as number;
      selfLoops[c] = (selfLoops[c] as number) + (g.selfLoops[i] as number);
      for (let s = g.offsets[i] as number, end = g.offsets[i + 1] as number; s < end; s++) {
        const d = communityOf[g.neighbours[s] as number] as number;
        const w = g.weights[s] as number;
        // A tie inside the community is seen from both ends: half each time.
        if (d === c) selfLoops[c] = (selfLoops[c] as number) + w / 2;
        else {
          if (sum[d] === 0) touched.push(d);
          sum[d] = (sum[d] as number) + w;
        }
      }
    }
    for (const d of touched) {
      neighbours[used] = d;
      weights[used] = sum[d] as number;
      used++;
      sum[d] = 0;
    }
    touched.length = 0;
    offsets[c + 1] = used;
  }
  return { offsets, neighbours: neighbours.subarray(0, used), weights: weights.subarray(0, used), selfLoops };
}

/** Newman modularity of a partition, weighted, as NetworkX's `community.modularity(G, ..., weight="weight")`. */
export function modularityOf(g: WeightedAdjacency, community: Int32Array): number {
  const k = strengths(g);
  const total = k.reduce((s, x) => s + x, 0);
  if (total === 0) return 0;
  const inside = new Float64Array(community.length);
  const degree = new Float64Array(community.length);
  for (let i = 0; i < community.length; i++) {
    const c = community[i] as number;
    degree[c] = (degree[c] as number) + (k[i] as number);
    inside[c] = (inside[c] as number) + 2 * (g.selfLoops[i] as number);
    for (let s = g.offsets[i] as number; s < (g.offsets[i + 1] as number); s++) {
      if (community[g.neighbours[s] as number] === c) inside[c] = (inside[c] as number) + (g.weights[s] as number);
    }
  }
  let q = 0;
  for (let c = 0; c < community.length; c++) q += (inside[c] as number) / total - ((degree[c] as number) / total) ** 2;
  return q;
}
