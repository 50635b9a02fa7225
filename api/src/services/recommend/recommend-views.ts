import type { Label, LifeDomain, ScopedActor, TargetGroup } from '@weefsel/graph-schema';
import type { AnalysisGraph } from '../../analysis/analysis-graph';
import type { BridgingEffect } from '../../analysis/recommend/bridging.score';
import type { RecommendContext } from '../../analysis/recommend/recommend-context';
import type { PairExplanation } from '../../analysis/recommend/recommend-explain';
import type { Recommendation } from '../../analysis/recommend/recommend-partners';
import type { PairScore } from '../../analysis/recommend/score-pair';
import type { Suggestion } from '../../analysis/recommend/suggest-collaborations';
import { lookup, type GapView } from '../analysis/analysis-views';
import type { CoverageView } from '../analysis/coverage-view';

/** The component scores of a pair, each in [0, 1]: the facts (structural, proximity) and the value parts. */
export interface ComponentScores {
  structural: number;
  complementarity: number;
  proximity: number;
  bridging: number;
  formalInformal: number;
}

/** The facts behind the scores, as actor objects and enum values (no JSON blobs). */
export interface PairView {
  score: number;
  likelihood: number;
  relativeLikelihood: number;
  value: number;
  components: ComponentScores;
  adamicAdar: number;
  resourceAllocation: number;
  sharedPartners: ScopedActor[];
  newDomains: LifeDomain[];
  newTargetGroups: TargetGroup[];
  areaMissingDomains: LifeDomain[];
  areaMissingTargetGroups: TargetGroup[];
  /** The area the claimed lacks (`areaMissing*`) and the explanation speak of; null: none claimed. */
  area: ScopedActor | null;
  /** The day every fact of the answer holds on (null: every relation ever recorded). */
  asOf: string | null;
  sharedArea: ScopedActor | null;
  bridgingEffect: BridgingEffect;
  formalInformal: boolean;
  explanation: Label;
  likelihoodExplanation: Label;
  valueExplanation: Label;
}

export interface PartnerView extends PairView {
  actor: ScopedActor;
}

export interface SuggestionView extends PairView {
  from: ScopedActor;
  to: ScopedActor;
  gap: GapView;
}

function pairView(ctx: RecommendContext, p: PairScore & PairExplanation, area: CoverageView | null): PairView {
  const shared = p.proximity.sharedAreaId;
  return {
    score: p.score,
    likelihood: p.likelihood.probability,
    relativeLikelihood: p.relativeLikelihood,
    value: p.value,
    components: {
      structural: p.structural.score,
      complementarity: p.complementarity.score,
      proximity: p.proximity.score,
      bridging: p.bridging.score,
      formalInformal: p.formalInformal.score,
    },
    adamicAdar: p.structural.adamicAdar,
    resourceAllocation: p.structural.resourceAllocation,
    sharedPartners: p.structural.shared.map((i) => ctx.actorAt(i)),
    newDomains: p.complementarity.newDomains,
    newTargetGroups: p.complementarity.newTargetGroups,
    areaMissingDomains: p.complementarity.areaMissingDomains,
    areaMissingTargetGroups: p.complementarity.areaMissingTargetGroups,
    area: area?.area ?? null,
    asOf: ctx.ag.subgraph.asOf,
    sharedArea: shared === null ? null : (ctx.ag.actors.get(shared) ?? null),
    bridgingEffect: p.bridging.effect,
    formalInformal: p.formalInformal.links,
    explanation: p.explanation,
    likelihoodExplanation: p.likelihoodExplanation,
    valueExplanation: p.valueExplanation,
  };
}

export function partnerView(ctx: RecommendContext, r: Recommendation, area: CoverageView | null): PartnerView {
  return { ...pairView(ctx, r, area), actor: ctx.actorAt(r.b) };
}

/** `gapGraph` is the neighbourhood's own analysis graph, where the gap's actors and relations live. */
export function suggestionView(ctx: RecommendContext, gapGraph: AnalysisGraph, s: Suggestion, area: CoverageView): SuggestionView {
  const find = lookup(gapGraph);
  const g = s.gap;
  const gap = { ...g, actors: find.actors(g.actorIds), areas: find.actors(g.areaIds), relations: find.relations(g.relationIds) };
  return { ...pairView(ctx, s, area), from: ctx.actorAt(s.a), to: ctx.actorAt(s.b), gap };
}
