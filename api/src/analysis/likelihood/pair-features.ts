import { maskOverlap } from '../actor-masks';
import { tieChanges, type Tie } from '../analysis-graph';
import type { RecommendContext } from '../recommend/recommend-context';

/**
 * What the likelihood model knows about a candidate pair (a asks, b is the candidate). Counts are
 * log-scaled (log 1 + x): the model is linear in its features, and a tenth shared partner says less
 * than the first.
 */
export const pairFeatureNames = [
  'commonNeighbours',
  'adamicAdar',
  'resourceAllocation',
  'jaccard',
  'degreeA',
  'degreeB',
  'recentTiesA',
  'recentTiesB',
  'tieWeightB',
  'tieAgeB',
  'distanceTwo',
  'distanceThree',
  'sameCommunity',
  'sameTopArea',
  'sameMiddleArea',
  'sameDeepestArea',
  'sameKind',
  'formalInformal',
  'domainOverlap',
  'targetGroupOverlap',
] as const;

export type PairFeature = (typeof pairFeatureNames)[number];
const at = Object.fromEntries(pairFeatureNames.map((name, i) => [name, i])) as Record<PairFeature, number>;

const day = 24 * 3600 * 1000;
const year = 365.25 * day;

/**
 * The first and last day (YYYY-MM-DD) a tie may begin on to count among a node's recent ties at
 * `reference`: later than one year before it, up to it. What a reason names as the period.
 */
export function recentWindow(reference: string): { first: string; last: string } {
  const first = Math.floor((Date.parse(reference) - year) / day) * day + day;
  return { first: new Date(first).toISOString().slice(0, 10), last: reference.slice(0, 10) };
}

const log1p = Math.log1p;

/** Per node: what the features need about it, at the reference day. */
export interface NodeStats {
  /** Ties first formed in the year up to the reference day. */
  recentTies: Int32Array;
  /** Sum of tie weights (a relation without a weight counts 1). */
  weightedDegree: Float64Array;
  /** Years since the node's first dated tie (0: none dated). */
  tieAge: Float64Array;
}

const latestOf = new WeakMap<readonly Tie[], string | null>();

/** The latest day a tie of the graph began, or null when no tie is dated; worked out once per tie list. */
export function latestTieStart(ctx: RecommendContext): string | null {
  const { ties } = ctx.ag;
  if (latestOf.has(ties)) return latestOf.get(ties) as string | null;
  let latest = latestAfterChange(ties);
  if (latest === undefined) {
    latest = null;
    for (const { start } of ties) if (start !== null && (latest === null || start > latest)) latest = start;
  }
  latestOf.set(ties, latest);
  return latest;
}

/** The latest start of a changed tie list from the one before it; undefined when that cannot tell (its latest tie went). */
function latestAfterChange(ties: readonly Tie[]): string | null | undefined {
  const change = tieChanges.get(ties);
  const from = change?.from.deref();
  if (!change || !from || !latestOf.has(from)) return undefined;
  let latest = latestOf.get(from) as string | null;
  if (latest !== null && change.removed.some((tie) => tie.start === latest)) return undefined;
  for (const { start } of change.added) if (start !== null && (latest === null || start > latest)) latest = start;
  return latest;
}

const statsOf = new WeakMap<readonly Tie[], Map<string | null, NodeStats>>();

/**
 * Each node's tie counts and ages on the reference day, worked out once per graph and day: the
 * growing actors and the scorer read the same, and each pass over the ties of a region takes tens
 * of ms. After ties changed, only the nodes at their ends are counted again.
 */
export function nodeStats(ctx: RecommendContext, reference: string | null): NodeStats {
  let byReference = statsOf.get(ctx.ag.ties);
  if (!byReference) statsOf.set(ctx.ag.ties, (byReference = new Map()));
  let stats = byReference.get(reference);
  if (!stats) byReference.set(reference, (stats = statsAfterChange(ctx, reference) ?? countNodeStats(ctx, reference)));
  return stats;
}

function countNodeStats(ctx: RecommendContext, reference: string | null): NodeStats {
  const n = ctx.ag.adjacency.ids.length;
  const stats: NodeStats = { recentTies: new Int32Array(n), weightedDegree: new Float64Array(n), tieAge: new Float64Array(n) };
  const refTime = reference === null ? null : Date.parse(reference);
  const first = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // Ties share few distinct start days: parse each once.
  const parsed = new Map<string, number>();
  for (const { source, target, weight, start } of ctx.ag.ties) {
    stats.weightedDegree[source]! += weight;
    stats.weightedDegree[target]! += weight;
    if (start === null || refTime === null) continue;
    const time = parsed.get(start) ?? parsed.set(start, Date.parse(start)).get(start)!;
    if (time > refTime - year && time <= refTime) {
      stats.recentTies[source]! += 1;
      stats.recentTies[target]! += 1;
    }
    first[source] = Math.min(first[source]!, time);
    first[target] = Math.min(first[target]!, time);
  }
  if (refTime !== null) for (let i = 0; i < n; i++) if (Number.isFinite(first[i]!)) stats.tieAge[i] = Math.max(0, (refTime - first[i]!) / year);
  return stats;
}

/**
 * The stats of a tie list made by `withChangedTies` from those of the list before it, counted again
 * for the nodes at the ends of the changed ties only. A node's ties are read from its adjacency row,
 * which lists them in tie order: its sums add up in the order `countNodeStats` adds them.
 */
function statsAfterChange(ctx: RecommendContext, reference: string | null): NodeStats | null {
  const { ties, tieAt } = ctx.ag;
  const { offsets } = ctx.ag.adjacency;
  const change = tieChanges.get(ties);
  const from = change?.from.deref();
  const before = from && statsOf.get(from)?.get(reference);
  if (!change || !before || before.recentTies.length !== offsets.length - 1) return null;
  const stats: NodeStats = { recentTies: before.recentTies.slice(), weightedDegree: before.weightedDegree.slice(), tieAge: before.tieAge.slice() };
  const refTime = reference === null ? null : Date.parse(reference);
  for (const v of change.nodes) {
    let weighted = 0;
    let recent = 0;
    let first = Number.POSITIVE_INFINITY;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      const { weight, start } = ties[tieAt[s] as number] as Tie;
      weighted += weight;
      if (start === null || refTime === null) continue;
      const time = Date.parse(start);
      if (time > refTime - year && time <= refTime) recent += 1;
      first = Math.min(first, time);
    }
    stats.weightedDegree[v] = weighted;
    stats.recentTies[v] = recent;
    stats.tieAge[v] = refTime !== null && Number.isFinite(first) ? Math.max(0, (refTime - first) / year) : 0;
  }
  return stats;
}

/**
 * Everything about the asking actor a that is the same for each candidate: its distance to every
 * node up to 3 steps (breadth first over collaboration ties). Reuses one distance array per graph.
 */
export interface Asker {
  a: number;
  /** Steps from a, 0 for a itself and for nodes more than 3 steps away (read only with `reached`). */
  distance: Uint8Array;
  reached: Int32Array;
  reachedCount: number;
  /** The asker's areas with their feature slot, worked out on first use per asker. */
  areas?: { a: number; slots: readonly (readonly [string, number])[] };
}

export function askerOf(ctx: RecommendContext, a: number, scratch?: Asker): Asker {
  const { offsets, neighbours } = ctx.ag.adjacency;
  const n = ctx.ag.adjacency.ids.length;
  const asker = scratch ?? { a, distance: new Uint8Array(n), reached: new Int32Array(n), reachedCount: 0 };
  for (let r = 0; r < asker.reachedCount; r++) asker.distance[asker.reached[r]!] = 0;
  asker.a = a;
  asker.reachedCount = 0;
  const visit = (node: number, d: number) => {
    asker.distance[node] = d;
    asker.reached[asker.reachedCount++] = node;
  };
  visit(a, 255);
  let frontierStart = 0;
  for (let d = 1; d <= 3; d++) {
    const frontierEnd = asker.reachedCount;
    for (let f = frontierStart; f < frontierEnd; f++) {
      const node = asker.reached[f]!;
      for (let s = offsets[node]!; s < offsets[node + 1]!; s++) {
        const next = neighbours[s]!;
        if (asker.distance[next] === 0) visit(next, d);
      }
    }
    frontierStart = frontierEnd;
  }
  return asker;
}

/** The asker's areas with the feature slot of each: 0 top (care zone), 1 middle (municipality), 2 deepest. */
function areaSlots(ctx: RecommendContext, asker: Asker): readonly (readonly [string, number])[] {
  if (asker.areas?.a === asker.a) return asker.areas.slots;
  const slots = [...ctx.areasOf(asker.a)].map(([area, depth]) => [area, depth === 0 ? 0 : depth >= ctx.maxAreaDepth ? 2 : 1] as const);
  asker.areas = { a: asker.a, slots };
  return slots;
}

/** The feature row of candidate b for the asker (a breadth-first search from a, see `askerOf`). */
export function pairFeatures(ctx: RecommendContext, stats: NodeStats, asker: Asker, b: number, out?: Float64Array): Float64Array {
  const { offsets, neighbours } = ctx.ag.adjacency;
  const a = asker.a;
  // No closures in here: it runs for every candidate of a pool of thousands, and the runner names
  // each closure it creates (esbuild's keepNames), which cost more than the arithmetic.
  let common = 0;
  let adamicAdar = 0;
  let resourceAllocation = 0;
  for (let s = offsets[b]!; s < offsets[b + 1]!; s++) {
    const z = neighbours[s]!;
    if (asker.distance[z] !== 1) continue;
    const dz = offsets[z + 1]! - offsets[z]!;
    common += 1;
    adamicAdar += 1 / Math.log(dz);
    resourceAllocation += 1 / dz;
  }
  const da = offsets[a + 1]! - offsets[a]!;
  const db = offsets[b + 1]! - offsets[b]!;
  const { facts } = ctx;
  const communities = ctx.communities().communityOf;
  const row = out ?? new Float64Array(pairFeatureNames.length);
  row[at.sameTopArea] = 0;
  row[at.sameMiddleArea] = 0;
  row[at.sameDeepestArea] = 0;
  const areasB = ctx.areasOf(b);
  // The three area features are consecutive in `pairFeatureNames`: top, middle, deepest.
  for (const [area, slot] of areaSlots(ctx, asker)) if (areasB.has(area)) row[at.sameTopArea + slot] = 1;
  row[at.commonNeighbours] = log1p(common);
  row[at.adamicAdar] = adamicAdar;
  row[at.resourceAllocation] = resourceAllocation;
  row[at.jaccard] = da + db - common > 0 ? common / (da + db - common) : 0;
  row[at.degreeA] = log1p(da);
  row[at.degreeB] = log1p(db);
  row[at.recentTiesA] = log1p(stats.recentTies[a]!);
  row[at.recentTiesB] = log1p(stats.recentTies[b]!);
  row[at.tieWeightB] = log1p(stats.weightedDegree[b]!);
  row[at.tieAgeB] = log1p(stats.tieAge[b]!);
  row[at.distanceTwo] = asker.distance[b] === 2 ? 1 : 0;
  row[at.distanceThree] = asker.distance[b] === 3 ? 1 : 0;
  row[at.sameCommunity] = da > 0 && db > 0 && communities[a] === communities[b] ? 1 : 0;
  row[at.sameKind] = facts.kind[a] === facts.kind[b] ? 1 : 0;
  row[at.formalInformal] = facts.formal[a] !== facts.formal[b] ? 1 : 0;
  row[at.domainOverlap] = maskOverlap(facts.domains[a]!, facts.domains[b]!);
  row[at.targetGroupOverlap] = maskOverlap(facts.targetGroups[a]!, facts.targetGroups[b]!);
  return row;
}
