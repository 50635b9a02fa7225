import { defaultCollaborationKind, endpointKindProblem, ValidationError } from '@weefsel/graph-schema';
import { tiedOrPlanned } from '../analysis-graph';
import type { AreaCoverage } from '../coverage/area-coverage';
import type { RecommendContext } from './recommend-context';
import { explainPair, type PairExplanation } from './recommend-explain';
import type { RecommendRanking } from './recommend-ranking';
import type { RecommendWeights } from './recommend-weights';
import { rankPairs, scorePair, type PairScore } from './score-pair';

/** One candidate partner with its scores, components and explanations. */
export interface Recommendation extends PairScore, PairExplanation {}

export interface RecommendRequest {
  actorId: string;
  /** Only candidates that lie in this area (a neighbourhood); null: every inside actor of the graph. */
  areaId: string | null;
  /**
   * The coverage of the area whose lacks count and are claimed (on the date asked about), from the
   * one coverage function; null: no area, so no lack is claimed.
   */
  coverage: AreaCoverage | null;
  weights: RecommendWeights;
  /** Default: balanced. */
  ranking?: RecommendRanking;
  limit: number;
}

/**
 * The best new partners for one actor: inside actors of the graph that hold no collaboration tie
 * with it yet, ranked as asked (ties broken by id, so the order is stable).
 */
export function recommendPartners(ctx: RecommendContext, req: RecommendRequest): Recommendation[] {
  const a = ctx.ag.adjacency.indexOf.get(req.actorId);
  if (a === undefined) {
    throw new ValidationError('recommendPartners', [{ path: 'actorId', message: `${JSON.stringify(req.actorId)} is not an actor that can hold collaboration ties in this scope` }]);
  }
  const scores = rankPairs(
    candidatesOf(ctx, a, req.areaId).map((b) => scorePair(ctx, a, b, req.weights, req.coverage)),
    req.ranking ?? 'BALANCED',
  );
  return topScores(ctx, scores, req.limit).map((p) => ({ ...p, ...explainPair(ctx, p) }));
}

/**
 * Whether an accepted recommendation could be recorded: the default collaboration kind must allow
 * these two kinds (a transition manager coaches, it does not "partner with").
 */
export function canPartner(ctx: RecommendContext, a: number, b: number): boolean {
  return endpointKindProblem(defaultCollaborationKind, ctx.actorAt(a).kind, ctx.actorAt(b).kind) === null;
}

/**
 * Inside actors other than `a`, not tied to it, that `a` could partner with, lying in `areaId` if
 * given; a = -1: no actor to exclude.
 */
export function candidatesOf(ctx: RecommendContext, a: number, areaId: string | null): number[] {
  const { ids } = ctx.ag.adjacency;
  const tied = a < 0 ? new Set<number>() : tiedOrPlanned(ctx.ag, a);
  const out: number[] = [];
  for (let b = 0; b < ids.length; b++) {
    if (b === a || tied.has(b) || ctx.ag.insideWeights[b] !== 1 || (a >= 0 && !canPartner(ctx, a, b))) continue;
    if (areaId !== null && !ctx.areasOf(b).has(areaId)) continue;
    out.push(b);
  }
  return out;
}

export function topScores(ctx: RecommendContext, scores: PairScore[], limit: number): PairScore[] {
  const ids = ctx.ag.adjacency.ids;
  return scores.sort((x, y) => y.score - x.score || (ids[x.b] as string).localeCompare(ids[y.b] as string)).slice(0, limit);
}

/** The most specific area the actor lies in (one of its neighbourhoods when it has several), or null. */
export function deepestArea(ctx: RecommendContext, a: number): string | null {
  let best: string | null = null;
  let depth = -1;
  for (const [area, d] of ctx.areasOf(a)) {
    if (d > depth) [best, depth] = [area, d];
  }
  return best;
}

/**
 * The actor's own neighbourhood when it lies in exactly one area of the deepest level; null when it
 * lies in several (an organisation active in four neighbourhoods has no single "its neighbourhood",
 * and claiming what one of them lacks without saying which misleads) or in none.
 */
export function onlyDeepestArea(ctx: RecommendContext, a: number): string | null {
  const deepest = deepestArea(ctx, a);
  if (deepest === null) return null;
  const depth = ctx.areasOf(a).get(deepest);
  return [...ctx.areasOf(a).values()].filter((d) => d === depth).length === 1 ? deepest : null;
}
