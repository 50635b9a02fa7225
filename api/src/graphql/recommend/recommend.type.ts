import type { LifeDomain, TargetGroup } from '@weefsel/graph-schema';
import { Field, Float, InputType, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import type { BridgingEffect } from '../../analysis/recommend/bridging.score';
import type { RecommendRanking } from '../../analysis/recommend/recommend-ranking';
import { GapType } from '../analysis/gap.type';
import { LabelType } from '../analysis/label.type';
import { LifeDomainEnum, TargetGroupEnum } from '../enums';
import { NetworkActorType } from '../network/network.type';
import { DateScalar } from '../scalars/date.scalar';

export const BridgingEffectEnum = {
  BRINGS_IN_ISOLATED: 'BRINGS_IN_ISOLATED',
  JOINS_COMPONENTS: 'JOINS_COMPONENTS',
  JOINS_COMMUNITIES: 'JOINS_COMMUNITIES',
  NONE: 'NONE',
} as const satisfies Record<BridgingEffect, BridgingEffect>;

registerEnumType(BridgingEffectEnum, { name: 'BridgingEffect', description: 'What a new tie would do to the shape of the network' });

export const RecommendRankingEnum = {
  BALANCED: 'BALANCED',
  LIKELY: 'LIKELY',
  VALUABLE: 'VALUABLE',
} as const satisfies Record<RecommendRanking, RecommendRanking>;

registerEnumType(RecommendRankingEnum, {
  name: 'RecommendRanking',
  description: 'Most likely ties first, most valuable first, or balanced: likelihood order, lifted up to twice by value',
});

@ObjectType('RecommendComponents', { description: 'The score components of a pair, each from 0 to 1 (docs/recommendations.md)' })
export class ComponentsType {
  @Field(() => Float, { description: 'Shared partners (1 - exp(-Adamic-Adar)); a fact the likelihood model weighs' }) structural!: number;
  @Field(() => Float, { description: 'Value: domains and target groups the actor or the neighbourhood lacks' }) complementarity!: number;
  @Field(() => Float, { description: 'Same neighbourhood 1, municipality 2/3, care zone 1/3; a fact the likelihood model weighs' }) proximity!: number;
  @Field(() => Float, { description: 'Value: brings in an isolated actor or joins parts of the network' }) bridging!: number;
  @Field(() => Float, { description: 'Value: links formal care with an informal initiative' }) formalInformal!: number;
}

@InputType('RecommendWeightsInput', { description: 'Weights of the value components; each absent one keeps its default' })
export class WeightsInput {
  @Field(() => Float, { nullable: true }) complementarity?: number | null;
  @Field(() => Float, { nullable: true }) bridging?: number | null;
  @Field(() => Float, { nullable: true }) formalInformal?: number | null;
}

@InterfaceType('ScoredPair', { description: 'A possible new collaboration between two actors, with its score and reasons' })
export abstract class PairFields {
  @Field(() => Float, { description: 'The ranking score for the ranking asked for, 0 to 1' }) score!: number;
  @Field(() => Float, { description: "The likelihood model's probability that this tie forms, learned from the network's own history" }) likelihood!: number;
  @Field(() => Float, { description: 'The odds of this tie over those of the most likely candidate of the same answer (1: the most likely)' }) relativeLikelihood!: number;
  @Field(() => Float, { description: 'Which gaps the tie would close: weighted mean of complementarity, bridging and formalInformal, 0 to 1' })
  value!: number;
  @Field(() => ComponentsType) components!: ComponentsType;
  @Field(() => Float) adamicAdar!: number;
  @Field(() => Float) resourceAllocation!: number;
  @Field(() => [NetworkActorType], { description: 'Partners both already work with, most telling first' }) sharedPartners!: NetworkActorType[];
  @Field(() => [LifeDomainEnum], { description: 'Domains the candidate brings that the actor lacks' }) newDomains!: LifeDomain[];
  @Field(() => [TargetGroupEnum]) newTargetGroups!: TargetGroup[];
  @Field(() => [LifeDomainEnum], { description: 'Domains the candidate brings that no actor in the neighbourhood covers' }) areaMissingDomains!: LifeDomain[];
  @Field(() => [TargetGroupEnum], { description: 'Target groups the candidate serves that no actor in the neighbourhood serves' }) areaMissingTargetGroups!: TargetGroup[];
  @Field(() => NetworkActorType, {
    nullable: true,
    description: 'The area areaMissingDomains, areaMissingTargetGroups and the explanation speak of (its coverage is areaCoverage(areaId, asOf)); null: no lack is claimed',
  })
  area!: NetworkActorType | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day every fact of this answer holds on; null: every relation ever recorded' })
  asOf!: string | null;
  @Field(() => NetworkActorType, { nullable: true, description: 'The most specific area both lie in' }) sharedArea!: NetworkActorType | null;
  @Field(() => BridgingEffectEnum) bridgingEffect!: BridgingEffect;
  @Field(() => Boolean, { description: 'One is formal care, the other an informal initiative' }) formalInformal!: boolean;
  @Field(() => LabelType, { description: 'Why, in Dutch and English: the likelihood reasons, then the value reasons' }) explanation!: LabelType;
  @Field(() => LabelType, { description: 'Why the tie is likely: the strongest reasons of the likelihood model, from the facts of the network' })
  likelihoodExplanation!: LabelType;
  @Field(() => LabelType, { description: 'What the tie would be worth: the gaps it would close' }) valueExplanation!: LabelType;
}

@ObjectType('PartnerRecommendation', { implements: PairFields, description: 'A candidate partner not yet tied to the actor' })
export class PartnerRecommendationType extends PairFields {
  @Field(() => NetworkActorType) actor!: NetworkActorType;
}

@ObjectType('CollaborationSuggestion', { implements: PairFields, description: 'A new collaboration that would close a gap of the neighbourhood' })
export class CollaborationSuggestionType extends PairFields {
  @Field(() => NetworkActorType) from!: NetworkActorType;
  @Field(() => NetworkActorType) to!: NetworkActorType;
  @Field(() => GapType, { description: 'The gap this tie would close' }) gap!: GapType;
}
