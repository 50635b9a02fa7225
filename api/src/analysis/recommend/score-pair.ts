import { bridgingScore, type BridgingScore } from './bridging.score';
import type { AreaCoverage } from '../coverage/area-coverage';
import { complementarityScore, type ComplementarityScore } from './complementarity.score';
import { formalInformalScore, type FormalInformalScore } from './formal-informal.score';
import { proximityScore, type ProximityScore } from './proximity.score';
import type { RecommendContext } from './recommend-context';
import { recommendComponents, type RecommendWeights } from './recommend-weights';
import { structuralScore, type StructuralScore } from './structural.score';

/** Every component of one candidate pair, and their weighted sum. */
export interface PairScore {
  a: number;
  b: number;
  score: number;
  structural: StructuralScore;
  complementarity: ComplementarityScore;
  proximity: ProximityScore;
  bridging: BridgingScore;
  formalInformal: FormalInformalScore;
}

/**
 * Scores the pair (a, b) for actor a: complementarity is what b brings to a (and to the area whose
 * coverage is given, if any). The combined score is the weighted mean of the components.
 */
export function scorePair(ctx: RecommendContext, a: number, b: number, weights: RecommendWeights, coverage: AreaCoverage | null, mark?: Uint8Array): PairScore {
  const actorA = ctx.actorAt(a);
  const actorB = ctx.actorAt(b);
  const indexOf = ctx.ag.adjacency.indexOf;
  const parts = {
    structural: structuralScore(ctx.ag.adjacency, a, b, mark),
    complementarity: complementarityScore(actorA, actorB, coverage),
    proximity: proximityScore(ctx.areasOf(a), ctx.areasOf(b), ctx.maxAreaDepth),
    bridging: bridgingScore({
      degreeA: ctx.degree(a),
      degreeB: ctx.degree(b),
      componentA: ctx.components.componentOf[a] as number,
      componentB: ctx.components.componentOf[b] as number,
      communityA: ctx.communities().communityOf[a] as number,
      communityB: ctx.communities().communityOf[b] as number,
    }),
    formalInformal: formalInformalScore(actorA, actorB, (informal) => ctx.hasFormalPartner(indexOf.get(informal.id) as number)),
  };
  return { a, b, score: combine(parts, weights), ...parts };
}

export function combine(parts: Record<keyof RecommendWeights, { score: number }>, weights: RecommendWeights): number {
  let total = 0;
  let sum = 0;
  for (const name of recommendComponents) {
    total += weights[name];
    sum += weights[name] * parts[name].score;
  }
  return total === 0 ? 0 : sum / total;
}
