import { ValidationError } from '@weefsel/graph-schema';
import type { AreaCoverage } from '../coverage/area-coverage';
import { candidatesOf } from './candidates';
import type { RecommendContext } from './recommend-context';
import { explainPair, type PairExplanation } from './recommend-explain';
import { rankingScore, relativeOdds, type RecommendRanking } from './recommend-ranking';
import type { RecommendWeights } from './recommend-weights';
import { lackMasks, pairValue, rankPairs, scorePair, type PairScore } from './score-pair';

/** One candidate partner with its scores, components and explanations. */
export interface Recommendation extends PairScore, PairExplanation {}

export interface RecommendRequest {
  actorId: string;
  /** Only candidates that lie in this area (a neighbourhood); null: the actor's candidate pool (`candidatesOf`). */
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
  /** No candidate that ended before this day (see `candidatesOf`); null: every candidate of the graph. */
  endedBefore?: string | null;
}

/**
 * The best new partners for one actor among its candidates (`candidatesOf`: near it, in its areas,
 * or growing fast; with an area, that area's actors), ranked as asked (ties broken by id, so the
 * order is stable).
 */
export function recommendPartners(ctx: RecommendContext, req: RecommendRequest): Recommendation[] {
  const a = ctx.ag.adjacency.indexOf.get(req.actorId);
  if (a === undefined) {
    throw new ValidationError('recommendPartners', [{ path: 'actorId', message: `${JSON.stringify(req.actorId)} is not an actor that can hold collaboration ties in this scope` }]);
  }
  const ranking = req.ranking ?? 'BALANCED';
  const { chosen, top } = firstPlaces(ctx, a, candidatesOf(ctx, a, req.areaId, req.endedBefore ?? null), req, ranking);
  // One scratch for the shared-partner count of every pair: a region has 50,000 nodes.
  const mark = new Uint8Array(ctx.ag.adjacency.ids.length);
  const scores = rankPairs(
    chosen.map((b) => scorePair(ctx, a, b, req.weights, req.coverage, mark)),
    ranking,
    top,
  );
  return topScores(ctx, scores, req.limit).map((p) => ({ ...p, ...explainPair(ctx, p) }));
}

/**
 * The candidates in the first `limit` places, and the highest log-odds among all (what the
 * relative likelihood is measured against), from each candidate's log-odds and value alone: a
 * pool of thousands is described in full (shared partners, each feature's share, explanations)
 * only where it is shown. Same scores and order as scoring every candidate in full.
 */
function firstPlaces(ctx: RecommendContext, a: number, pool: number[], req: RecommendRequest, ranking: RecommendRanking): { chosen: number[]; top: number } {
  const scorer = ctx.likelihood();
  const logOdds = pool.map((b) => scorer.logOdds(a, b));
  const top = logOdds.reduce((max, z) => Math.max(max, z), Number.NEGATIVE_INFINITY);
  const relative = logOdds.map((z) => relativeOdds(z, top));
  // Balanced: a score lies between half the relative likelihood and all of it, so a candidate less
  // than half as likely as the limit-th most likely is below at least `limit` others: its value is
  // not needed.
  const kth = [...relative].sort((x, y) => y - x)[req.limit - 1] ?? 0;
  const floor = ranking === 'BALANCED' ? kth / 2 : 0;
  const lacks = lackMasks(req.coverage);
  const score = pool.map((b, k) => {
    const r = relative[k] as number;
    if (ranking === 'LIKELY' || r < floor) return rankingScore(ranking, r, 0) - (r < floor ? 1 : 0);
    return rankingScore(ranking, r, pairValue(ctx, a, b, lacks, req.weights));
  });
  const ids = ctx.ag.adjacency.ids;
  const order = pool.map((_, k) => k).sort((x, y) => (score[y] as number) - (score[x] as number) || (ids[pool[x] as number] as string).localeCompare(ids[pool[y] as number] as string));
  return { chosen: order.slice(0, req.limit).map((k) => pool[k] as number), top };
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
