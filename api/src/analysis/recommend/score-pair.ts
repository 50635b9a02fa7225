import { bitCount, domainMask, targetGroupMask } from '../actor-masks';
import { bridgingScore, type BridgingFacts, type BridgingScore } from './bridging.score';
import type { AreaCoverage } from '../coverage/area-coverage';
import { complementarityScore, complementarityValue, type ComplementarityScore } from './complementarity.score';
import { formalInformalScore, formalInformalValue, type FormalInformalScore } from './formal-informal.score';
import type { Likelihood } from '../likelihood/likelihood-model';
import { proximityScore, type ProximityScore } from './proximity.score';
import type { RecommendContext } from './recommend-context';
import { rankingScore, relativeOdds, type RecommendRanking } from './recommend-ranking';
import type { RecommendWeights } from './recommend-weights';
import { structuralScore, type StructuralScore } from './structural.score';

/** One candidate pair: how likely it is, what it is worth, the facts behind both, and its rank score. */
export interface PairScore {
  a: number;
  b: number;
  /** The ranking score (`rankingScore`), set by `rankPairs` once every candidate of a request is scored. */
  score: number;
  /** The learned model's probability that this tie forms, with each feature's share. */
  likelihood: Likelihood;
  /** Its odds over those of the most likely candidate of the same request (`relativeOdds`; 1: the most likely). */
  relativeLikelihood: number;
  /** Weighted mean of the value components (complementarity, bridging, formal-informal), 0 to 1. */
  value: number;
  structural: StructuralScore;
  complementarity: ComplementarityScore;
  proximity: ProximityScore;
  bridging: BridgingScore;
  formalInformal: FormalInformalScore;
}

/**
 * Scores the pair (a, b) for actor a: complementarity is what b brings to a (and to the area whose
 * coverage is given, if any). Shared partners and areas are kept as facts for the explanation;
 * how much they count for the likelihood is the model's to say.
 */
export function scorePair(ctx: RecommendContext, a: number, b: number, weights: RecommendWeights, coverage: AreaCoverage | null, mark?: Uint8Array): PairScore {
  const parts = { structural: structuralScore(ctx.ag.adjacency, a, b, mark), proximity: proximityScore(ctx.areasOf(a), ctx.areasOf(b), ctx.maxAreaDepth), ...valueParts(ctx, a, b, coverage) };
  return { a, b, score: 0, likelihood: ctx.likelihood().likelihood(a, b), relativeLikelihood: 0, value: combine(parts, weights), ...parts };
}

/** The value components of the pair (a, b): what `value` is the weighted mean of. */
export function valueParts(ctx: RecommendContext, a: number, b: number, coverage: AreaCoverage | null): Pick<PairScore, 'complementarity' | 'bridging' | 'formalInformal'> {
  const actorA = ctx.actorAt(a);
  const actorB = ctx.actorAt(b);
  const indexOf = ctx.ag.adjacency.indexOf;
  return {
    complementarity: complementarityScore(actorA, actorB, coverage),
    bridging: bridgingScore(bridgingFacts(ctx, a, b)),
    formalInformal: formalInformalScore(actorA, actorB, (informal) => ctx.hasFormalPartner(indexOf.get(informal.id) as number)),
  };
}

function bridgingFacts(ctx: RecommendContext, a: number, b: number): BridgingFacts {
  const { componentOf } = ctx.components;
  const { communityOf } = ctx.communities();
  return {
    degreeA: ctx.degree(a),
    degreeB: ctx.degree(b),
    componentA: componentOf[a] as number,
    componentB: componentOf[b] as number,
    communityA: communityOf[a] as number,
    communityB: communityOf[b] as number,
  };
}

/** Sets each pair's relative likelihood (against the log-odds `top`, default those of the most likely of `pairs`) and ranking score. */
export function rankPairs<P extends PairScore>(pairs: P[], ranking: RecommendRanking, top = pairs.reduce((max, p) => Math.max(max, p.likelihood.logOdds), Number.NEGATIVE_INFINITY)): P[] {
  for (const p of pairs) {
    p.relativeLikelihood = relativeOdds(p.likelihood.logOdds, top);
    p.score = rankingScore(ranking, p.relativeLikelihood, p.value);
  }
  return pairs;
}

export function combine(parts: Record<keyof RecommendWeights, { score: number }>, weights: RecommendWeights): number {
  return weightedValue(parts.complementarity.score, parts.bridging.score, parts.formalInformal.score, weights);
}

/** The weighted mean of the three value components: what `value` is. */
function weightedValue(complementarity: number, bridging: number, formalInformal: number, weights: RecommendWeights): number {
  const total = weights.complementarity + weights.bridging + weights.formalInformal;
  const sum = weights.complementarity * complementarity + weights.bridging * bridging + weights.formalInformal * formalInformal;
  return total === 0 ? 0 : sum / total;
}

/** What an area lacks, as bit sets of domains and target groups: what `pairValue` compares candidates with. */
export interface LackMasks {
  domains: number;
  targetGroups: number;
}

export function lackMasks(coverage: AreaCoverage | null): LackMasks | null {
  return coverage && { domains: domainMask(coverage.missingDomains), targetGroups: targetGroupMask(coverage.missingTargetGroups) };
}

/**
 * The value of the pair (a, b), equal to `combine(valueParts(ctx, a, b, coverage), weights)` with
 * `lacks = lackMasks(coverage)`, counted on the actors' facts: a request values thousands of
 * candidates and describes only those it shows.
 */
export function pairValue(ctx: RecommendContext, a: number, b: number, lacks: LackMasks | null, weights: RecommendWeights): number {
  const { formal, plain, domains, targetGroups } = ctx.facts;
  const brings = (domains[b] as number) & ~(domains[a] as number);
  const bringsGroups = (targetGroups[b] as number) & ~(targetGroups[a] as number);
  const complementarity = complementarityValue(
    bitCount(brings),
    bitCount(bringsGroups),
    lacks ? bitCount((domains[b] as number) & lacks.domains) : 0,
    lacks ? bitCount((targetGroups[b] as number) & lacks.targetGroups) : 0,
  );
  const bridging = bridgingScore(bridgingFacts(ctx, a, b)).score;
  const links = plain[a] === 1 && plain[b] === 1 && formal[a] !== formal[b];
  const formalInformal = formalInformalValue(links, links && !ctx.hasFormalPartner(formal[a] === 1 ? b : a));
  return weightedValue(complementarity, bridging, formalInformal, weights);
}
