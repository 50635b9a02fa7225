import type { Label } from '@weefsel/graph-schema';
import { tiedOrPlanned } from '../analysis-graph';
import type { AreaCoverage } from '../coverage/area-coverage';
import { whereAndWhen } from '../coverage/where-and-when';
import { bilingual, say } from '../gaps/explain';
import { gapKinds, type Gap } from '../gaps/gap';
import { gapSides, nearby } from './gap-pairs';
import type { RecommendContext } from './recommend-context';
import { bothSides, explainPair, valueReasons, type PairExplanation } from './recommend-explain';
import { canPartner, endedBy, insideActors } from './candidates';
import type { RecommendWeights } from './recommend-weights';
import { lackMasks, pairValue, rankPairs, scorePair, type LackMasks, type PairScore } from './score-pair';
import { rankingScore, relativeOdds } from './recommend-ranking';

/** A new collaboration between two actors, the gap it would close and why this pair. */
export interface Suggestion extends PairScore, PairExplanation {
  gap: Gap;
}

export interface SuggestRequest {
  areaId: string;
  /**
   * Where the other end of a pair is looked for (the neighbourhood's care zone) when the scored
   * graph is larger (the region); null: every inside actor of the scored graph.
   */
  endsIn?: string | null;
  /** The area's coverage on the date asked about (analysis/coverage): what its actors lack. */
  coverage: AreaCoverage;
  /** The area's gaps, most severe first (findGaps on the area's own subgraph). */
  gaps: readonly Gap[];
  weights: RecommendWeights;
  limit: number;
  /** Best pairs kept per gap, so one large gap does not take every place. */
  perGap?: number;
  /** No actor that ended before this day on either side (see `candidatesOf`); null: every actor. */
  endedBefore?: string | null;
}

/**
 * For the most severe gaps of an area first: the best-scoring new pairs that would close each,
 * every pair suggested once (for the first, most severe gap it closes). A gap can have tens of
 * thousands of pairs: each is ranked by its probability and value alone, and only the few chosen
 * are described in full (shared partners, each feature's share, explanations). Same scores and
 * order as describing every pair in full.
 */
export function suggestCollaborations(ctx: RecommendContext, req: SuggestRequest): Suggestion[] {
  const perGap = req.perGap ?? 3;
  const present = (b: number) => !endedBy(ctx, b, req.endedBefore ?? null);
  const inArea = insideActors(ctx, req.areaId).filter(present);
  const local = new Set(inArea);
  const mark = new Uint8Array(ctx.ag.adjacency.ids.length);
  const taken = new Set<string>();
  const lacks = lackMasks(req.coverage);
  const out: Suggestion[] = [];
  for (const gap of req.gaps) {
    if (out.length >= req.limit) break;
    const found = gapSides(ctx, gap, inArea);
    // An actor that has ended closes no gap any more (in the whole history, a gap may name one).
    const sides = found && { ...found, from: found.from.filter(present) };
    if (!sides || sides.from.length === 0) continue;
    // The other ends are the same for every actor on the first side: filter them once per gap.
    const ends = insideActors(ctx, req.endsIn ?? null).filter((b) => present(b) && sides.to(ctx.actorAt(b)));
    // Near actors first; a domain or target group nobody near covers is looked for in the whole zone.
    let pairs = rankSides(ctx, sides.from, ends, true, { local, taken, req, lacks });
    if (pairs.length === 0 && !sides.nearbyOnly) pairs = rankSides(ctx, sides.from, ends, false, { local, taken, req, lacks });
    // The gap says what is needed; among the pairs that close it, the likely and valuable come first.
    const top = pairs.reduce((max, p) => Math.max(max, p.logOdds), Number.NEGATIVE_INFINITY);
    for (const p of pairs) p.score = rankingScore('BALANCED', relativeOdds(p.logOdds, top), p.value);
    pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    for (const chosen of pickPairs(ctx, gap, pairs, perGap)) {
      if (out.length >= req.limit) break;
      const [p] = rankPairs([scorePair(ctx, chosen.a, chosen.b, req.weights, req.coverage, mark)], 'BALANCED', top) as [PairScore];
      taken.add(pairKey(p.a, p.b));
      // Closing the gap is the first value reason.
      const why = explainPair(ctx, p);
      const closes = closesText(gap, req.coverage);
      const more = valueReasons(ctx, p);
      const valueExplanation = more ? joinLabels(closes, more) : closes;
      out.push({ ...p, gap, likelihoodExplanation: why.likelihoodExplanation, valueExplanation, explanation: bothSides(why.likelihoodExplanation, valueExplanation) });
    }
  }
  return out;
}

/** A candidate pair ranked by its log-odds and value alone (what its full description would say). */
interface RankedPair {
  a: number;
  b: number;
  logOdds: number;
  value: number;
  score: number;
}

/**
 * The best pairs for one gap. For a missing domain or target group, each further pair must bring
 * something the earlier ones did not (a housing actor, then a work actor...), not the runner-up for
 * the same domain.
 */
function pickPairs(ctx: RecommendContext, gap: Gap, sorted: RankedPair[], perGap: number): RankedPair[] {
  const items = (p: RankedPair) => {
    const b = ctx.actorAt(p.b);
    return [...b.domains.filter((d) => gap.domains.includes(d)), ...b.targetGroups.filter((g) => gap.targetGroups.includes(g))] as string[];
  };
  if (gap.kind !== 'DOMAIN_ABSENT' && gap.kind !== 'TARGET_GROUP_UNSERVED') return sorted.slice(0, perGap);
  const covered = new Set<string>();
  const picked: RankedPair[] = [];
  for (const p of sorted) {
    if (picked.length >= perGap) break;
    const brings = items(p).filter((x) => !covered.has(x));
    if (brings.length === 0) continue;
    for (const x of brings) covered.add(x);
    picked.push(p);
  }
  return picked;
}

interface RankState {
  local: Set<number>;
  taken: Set<string>;
  req: SuggestRequest;
  lacks: LackMasks | null;
}

function rankSides(ctx: RecommendContext, from: readonly number[], ends: readonly number[], nearOnly: boolean, st: RankState): RankedPair[] {
  const scorer = ctx.likelihood();
  const pairs: RankedPair[] = [];
  for (const a of from) {
    const tied = tiedOrPlanned(ctx.ag, a);
    const near = nearOnly ? nearby(ctx, a) : null;
    for (const b of near ? ends.filter((x) => near.has(x)) : ends) {
      if (b === a || tied.has(b) || (!st.local.has(a) && !st.local.has(b)) || st.taken.has(pairKey(a, b)) || !canPartner(ctx, a, b)) continue;
      pairs.push({ a, b, logOdds: scorer.logOdds(a, b), value: pairValue(ctx, a, b, st.lacks, st.req.weights), score: 0 });
    }
  }
  return pairs;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** Every suggestion says which area and day its gap is of: "Sluit de zwakte "..." in Assebroek op 3 december 2026: ...". */
function closesText(gap: Gap, coverage: AreaCoverage): Label {
  return bilingual((l) => {
    const where = whereAndWhen(coverage, l);
    return say(l, `Sluit de zwakte "${gapKinds[gap.kind].nl}" ${where}: ${gap.explanation.nl}`, `Closes the gap "${gapKinds[gap.kind].en}" ${where}: ${gap.explanation.en}`);
  });
}

function joinLabels(x: Label, y: Label): Label {
  return { nl: `${x.nl} ${y.nl}`, en: `${x.en} ${y.en}` };
}
