import { defaultCollaborationKind, endpointKindProblem, nodeKindNames } from '@weefsel/graph-schema';
import { tiedOrPlanned } from '../analysis-graph';
import { askerOf, latestTieStart, nodeStats, type Asker } from '../likelihood/pair-features';
import type { RecommendContext } from './recommend-context';

/**
 * Where the candidates for one actor come from. Scoring every actor of a 50,000-actor region for
 * each request costs too much, and the care zone alone misses most real new ties (on the Norwegian
 * network three in four cross the county): the pool is where real new partners are found.
 */
export const candidateSources = {
  /** Collaboration steps searched: partners of partners, and one step further. */
  steps: 3,
  /**
   * Actors drawing the most new ties (begun in the year up to the graph's latest tie), region-wide:
   * new ties go to the hubs that are growing now, wherever they are.
   */
  growing: 200,
} as const;

/**
 * Whether an accepted recommendation could be recorded: the default collaboration kind must allow
 * these two kinds (a transition manager coaches, it does not "partner with").
 */
export function canPartner(ctx: RecommendContext, a: number, b: number): boolean {
  const pair = (ctx.facts.kind[a] as number) * nodeKindNames.length + (ctx.facts.kind[b] as number);
  let allowed = partnerKinds[pair];
  if (allowed === 0) {
    allowed = endpointKindProblem(defaultCollaborationKind, ctx.actorAt(a).kind, ctx.actorAt(b).kind) === null ? 1 : 2;
    partnerKinds[pair] = allowed;
  }
  return allowed === 1;
}

/** Whether actor b ended before `day` (null: nothing has ended): it forms no tie from then on. */
export function endedBy(ctx: RecommendContext, b: number, day: string | null): boolean {
  if (day === null) return false;
  const until = ctx.actorAt(b).until;
  return until !== null && until < day;
}

/** Whether two kinds may partner, by pair of kind codes (0 not asked yet, 1 yes, 2 no): asked for every candidate of a pool of thousands. */
const partnerKinds = new Uint8Array(nodeKindNames.length * nodeKindNames.length);

/**
 * The candidates for actor a: inside actors other than a, not tied to it (nor planned), that it
 * could partner with, found within `candidateSources.steps` collaboration steps, in any area a lies
 * in (neighbourhood, municipality, care zone: every level), or among the fastest-growing actors.
 * With `areaId`, every actor lying in that area instead (the caller asked about that area).
 * With `endedBefore`, not an actor that ended before that day: a partner is for a tie to form from
 * then on (the whole history holds projects that ran their course).
 * In index order, so the pool does not depend on how it was found.
 */
export function candidatesOf(ctx: RecommendContext, a: number, areaId: string | null, endedBefore: string | null = null): number[] {
  const tied = tiedOrPlanned(ctx.ag, a);
  const seen = new Uint8Array(ctx.ag.adjacency.ids.length);
  const out: number[] = [];
  const consider = (b: number) => {
    if (seen[b] === 1) return;
    seen[b] = 1;
    if (b !== a && !tied.has(b) && ctx.ag.insideWeights[b] === 1 && canPartner(ctx, a, b) && !endedBy(ctx, b, endedBefore)) out.push(b);
  };
  if (areaId !== null) {
    for (const b of ctx.membersOf(areaId)) consider(b);
    return out.sort((x, y) => x - y);
  }
  const near = nearScratch(ctx, a);
  for (let r = 0; r < near.reachedCount; r++) consider(near.reached[r] as number);
  for (const area of ctx.areasOf(a).keys()) for (const b of ctx.membersOf(area)) consider(b);
  for (const b of ctx.growing()) consider(b);
  return out.sort((x, y) => x - y);
}

/** Every inside actor (lying in `areaId` if given): the other ends a gap may be closed with. */
export function insideActors(ctx: RecommendContext, areaId: string | null): number[] {
  if (areaId !== null) return [...ctx.membersOf(areaId)];
  const out: number[] = [];
  for (let b = 0; b < ctx.ag.adjacency.ids.length; b++) if (ctx.ag.insideWeights[b] === 1) out.push(b);
  return out;
}

/** One breadth-first scratch per graph: a region's arrays are reused by every request on it. */
const scratches = new WeakMap<RecommendContext, Asker>();

function nearScratch(ctx: RecommendContext, a: number): Asker {
  const asker = askerOf(ctx, a, scratches.get(ctx));
  scratches.set(ctx, asker);
  return asker;
}

/**
 * The inside actors that drew the most new ties in the year up to the graph's latest tie start
 * (more partners first when equal; by partners alone when no tie is dated), at most `count`.
 */
export function growingActors(ctx: RecommendContext, count: number): number[] {
  const { recentTies } = nodeStats(ctx, latestTieStart(ctx));
  const { offsets } = ctx.ag.adjacency;
  const { insideWeights } = ctx.ag;
  const n = offsets.length - 1;
  // Each active inside actor's key (new ties first, then partners); 0 for the others.
  const keyOf = new Float64Array(n);
  let active = 0;
  for (let i = 0; i < n; i++) {
    const degree = (offsets[i + 1] as number) - (offsets[i] as number);
    if (insideWeights[i] !== 1 || degree === 0) continue;
    keyOf[i] = (recentTies[i] as number) * 1e6 + degree;
    active += 1;
  }
  // Sorting every inside actor by a comparator took tens of ms per region; only the first `count`
  // are wanted: those above the count-th highest key, then those at it by index.
  const keys = keyOf.slice().sort();
  const bar = Math.max(keys[Math.max(0, n - Math.min(count, active))] ?? 0, Number.MIN_VALUE);
  const chosen: number[] = [];
  for (let i = 0; i < n; i++) if ((keyOf[i] as number) >= bar) chosen.push(i);
  return chosen.sort((x, y) => (keyOf[y] as number) - (keyOf[x] as number) || x - y).slice(0, count);
}
