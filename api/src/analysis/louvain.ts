import { float64s, int32s, scratchArray, uint8s } from './scratch-array';
import { strengths, type WeightedAdjacency } from './weighted-adjacency';

// Louvain runs after every new tie on the whole region: its temporaries are reused from run to run
// (see scratch-array.ts). The folded levels alternate between two sets of buffers, since each fold
// reads the level before it.
const levelBuffers = () => ({ offsets: scratchArray(int32s), neighbours: scratchArray(int32s), weights: scratchArray(float64s), selfLoops: scratchArray(float64s) });
type LevelBuffers = ReturnType<typeof levelBuffers>;
const levels = [levelBuffers(), levelBuffers()] as const;
const scratch = {
  strength: scratchArray(float64s),
  community: scratchArray(int32s),
  communityStrength: scratchArray(float64s),
  linkTo: scratchArray(float64s),
  touched: scratchArray(int32s),
  queue: scratchArray(int32s),
  queued: scratchArray(uint8s),
  newId: scratchArray(int32s),
  renumbered: scratchArray(int32s),
  start: scratchArray(int32s),
  members: scratchArray(int32s),
  fill: scratchArray(int32s),
  sum: scratchArray(float64s),
  inside: scratchArray(float64s),
  degree: scratchArray(float64s),
};

/**
 * Louvain community detection (Blondel et al. 2008), weighted, resolution 1: move single nodes to
 * the neighbouring community that gains most modularity until nothing moves, fold communities into
 * nodes, repeat while the folding changes anything. Runs on the compressed adjacency, since
 * graphology-communities-louvain needs a graphology graph (about two seconds to build at 50,000
 * actors); its results are the reference in the tests. `random` orders the node visits.
 */
export function louvainCommunities(g: WeightedAdjacency, random: () => number): Int32Array {
  const n = g.offsets.length - 1;
  const membership = identity(new Int32Array(n));
  let level = g;
  for (let round = 0; round < 100; round++) {
    const community = moveNodes(level, random);
    const { count, renumbered } = renumber(community);
    if (count === level.offsets.length - 1) break;
    for (let i = 0; i < n; i++) membership[i] = renumbered[membership[i] as number] as number;
    level = aggregate(level, renumbered, count, levels[round % 2] as LevelBuffers);
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
  const k = strengths(g, scratch.strength.take(n));
  const total = k.reduce((s, x) => s + x, 0);
  const community = identity(scratch.community.take(n));
  if (total === 0) return community;
  const communityStrength = scratch.communityStrength.take(n);
  communityStrength.set(k);
  // A node links to at most n - 1 others at the first level, and to distinct communities after.
  const state = { k, total, community, communityStrength, linkTo: scratch.linkTo.take(n), touched: scratch.touched.take(n + 1) };
  // A ring buffer: a node is queued at most once at a time, so n slots suffice.
  const queue = shuffled(scratch.queue.take(n), random);
  const queued = scratch.queued.take(n).fill(1);
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
  /** The communities node i links to (its own first), the first `touchedCount` of them. */
  touched: Int32Array;
}

/** The neighbouring community (or its own) where node i adds most modularity; updates strengths. */
function bestCommunity(g: WeightedAdjacency, i: number, state: MoveState): number {
  const { k, total, community, communityStrength, linkTo, touched } = state;
  const { offsets, neighbours, weights } = g;
  const own = community[i] as number;
  const ki = k[i] as number;
  let touchedCount = 0;
  linkTo[own] = 0;
  touched[touchedCount++] = own;
  for (let s = offsets[i] as number, end = offsets[i + 1] as number; s < end; s++) {
    const c = community[neighbours[s] as number] as number;
    if (linkTo[c] === 0 && c !== own) touched[touchedCount++] = c;
    linkTo[c] = (linkTo[c] as number) + (weights[s] as number);
  }
  communityStrength[own] = (communityStrength[own] as number) - ki;
  // Gain of joining c, up to a factor common to all c: links into c - strength(c) * k_i / 2m.
  let best = own;
  let bestGain = (linkTo[own] as number) - ((communityStrength[own] as number) * ki) / total;
  for (let t = 0; t < touchedCount; t++) {
    const c = touched[t] as number;
    const gain = (linkTo[c] as number) - ((communityStrength[c] as number) * ki) / total;
    if (gain > bestGain + 1e-12) {
      best = c;
      bestGain = gain;
    }
    linkTo[c] = 0;
  }
  communityStrength[best] = (communityStrength[best] as number) + ki;
  return best;
}

/** `ids` set to 0, 1, ..., n - 1 (a loop: `Int32Array.from` with a callback costs more at 50,000 nodes). */
function identity(ids: Int32Array): Int32Array {
  for (let i = 0; i < ids.length; i++) ids[i] = i;
  return ids;
}

/** `order` set to 0, 1, ..., n - 1 in a random order. */
function shuffled(order: Int32Array, random: () => number): Int32Array {
  identity(order);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** Each node's community numbered 0, 1, ... in order of first appearance. */
function renumber(community: Int32Array): { count: number; renumbered: Int32Array } {
  const newId = scratch.newId.take(community.length).fill(-1);
  let count = 0;
  for (const c of community) if (newId[c] === -1) newId[c] = count++;
  const renumbered = scratch.renumbered.take(community.length);
  for (let i = 0; i < community.length; i++) renumbered[i] = newId[community[i] as number] as number;
  return { count, renumbered };
}

/** Folds each community into one node: ties inside it become its self-loop, ties between add up. */
function aggregate(g: WeightedAdjacency, communityOf: Int32Array, count: number, into: LevelBuffers): WeightedAdjacency {
  // Members by community, as one counting sort: at 50,000 nodes an array per community cost more than the fold.
  const start = scratch.start.take(count + 1);
  for (const c of communityOf) start[c + 1] = (start[c + 1] as number) + 1;
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const members = scratch.members.take(communityOf.length);
  const fill = scratch.fill.take(count);
  fill.set(start.subarray(0, count));
  for (let i = 0; i < communityOf.length; i++) {
    const c = communityOf[i] as number;
    members[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  const selfLoops = into.selfLoops.take(count);
  const offsets = into.offsets.take(count + 1);
  // A community has at most as many neighbouring communities as its members have ties. The level
  // lives only while Louvain runs, so it keeps views on these arrays rather than copies.
  const neighbours = into.neighbours.take(g.neighbours.length);
  const weights = into.weights.take(g.neighbours.length);
  let used = 0;
  const sum = scratch.sum.take(count);
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
  const k = strengths(g, scratch.strength.take(community.length));
  const total = k.reduce((s, x) => s + x, 0);
  if (total === 0) return 0;
  const inside = scratch.inside.take(community.length);
  const degree = scratch.degree.take(community.length);
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
