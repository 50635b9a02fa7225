import type { RelationKind } from '@weefsel/graph-schema';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RelationKindEnum } from '../enums';
import { RelationType } from '../relation/relation.type';
import type { GraphQLContext } from '../context';
import { CollaborationSuggestionType, PartnerRecommendationType, WeightsInput } from './recommend.type';

@Resolver()
export class RecommendResolver {
  @Authorized('viewer')
  @Query(() => [PartnerRecommendationType], { description: 'New partners for an actor, best first, each with its reasons' })
  recommendPartners(
    @Ctx() ctx: GraphQLContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('neighbourhoodId', () => ID, { nullable: true, description: 'Only candidates in this area' }) neighbourhoodId: string | null,
    @Arg('limit', () => Int, { defaultValue: 10, description: '1 to 50' }) limit: number,
    @Arg('weights', () => WeightsInput, { nullable: true }) weights: WeightsInput | null,
  ) {
    return ctx.services.recommend.recommendPartners(actorId, neighbourhoodId ?? null, limit, weights);
  }

  @Authorized('viewer')
  @Query(() => [CollaborationSuggestionType], { description: 'New collaborations that would close the most severe gaps of an area' })
  suggestCollaborations(
    @Ctx() ctx: GraphQLContext,
    @Arg('neighbourhoodId', () => ID) neighbourhoodId: string,
    @Arg('limit', () => Int, { defaultValue: 10, description: '1 to 50' }) limit: number,
  ) {
    return ctx.services.recommend.suggestCollaborations(neighbourhoodId, limit);
  }

  @Authorized('editor')
  @Mutation(() => RelationType, {
    description: 'Records an accepted recommendation as a planned relation (status PLANNED; default kind PARTNERS_WITH)',
  })
  acceptSuggestion(
    @Ctx() ctx: GraphQLContext,
    @Arg('source', () => ID) source: string,
    @Arg('target', () => ID) target: string,
    @Arg('kind', () => RelationKindEnum, { nullable: true }) kind: RelationKind | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    return ctx.services.recommend.acceptSuggestion({ source, target, kind, note }, ctx.auth.author);
  }
}
