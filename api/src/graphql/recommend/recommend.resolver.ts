import type { RelationKind } from '@weefsel/graph-schema';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RelationKindEnum } from '../enums';
import { RelationType } from '../relation/relation.type';
import { readDay } from '../../services/time/read-day';
import type { GraphQLContext } from '../context';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import type { RecommendRanking } from '../../analysis/recommend/recommend-ranking';
import { CollaborationSuggestionType, PartnerRecommendationType, RecommendRankingEnum, WeightsInput } from './recommend.type';

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
    @Arg('ranking', () => RecommendRankingEnum, { defaultValue: 'BALANCED' }) ranking: RecommendRanking,
    @Arg('areaId', () => ID, {
      nullable: true,
      description: "The area whose lacks the reasons speak of (the area in view); absent: neighbourhoodId, else the actor's only neighbourhood, else none",
    })
    areaId: string | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    // The day is resolved as for every read, so the reasons speak of the day the other views show.
    const day = readDay('recommendPartners', { asOf, history }, ctx.services.today);
    return ctx.services.recommend.recommendPartners({ actorId, neighbourhoodId: neighbourhoodId ?? null, areaId: areaId ?? null, asOf: day, limit, weights, ranking });
  }

  @Authorized('viewer')
  @Query(() => Int, {
    nullable: true,
    description:
      "The actor's community in the whole region's network on the day (0 for the largest), as networkMetrics of the whole region reports it; the recommendation reasons name it plus one (\"gemeenschap 2 van de hele regio\"). Null: the actor is not in the region's network that day",
  })
  regionCommunity(
    @Ctx() ctx: GraphQLContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.recommend.regionCommunity(actorId, readDay('regionCommunity', { asOf, history }, ctx.services.today));
  }

  @Authorized('viewer')
  @Query(() => [CollaborationSuggestionType], { description: 'New collaborations that would close the most severe gaps of an area' })
  suggestCollaborations(
    @Ctx() ctx: GraphQLContext,
    @Arg('neighbourhoodId', () => ID) neighbourhoodId: string,
    @Arg('limit', () => Int, { defaultValue: 10, description: '1 to 50' }) limit: number,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.recommend.suggestCollaborations(neighbourhoodId, readDay('suggestCollaborations', { asOf, history }, ctx.services.today), limit);
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
