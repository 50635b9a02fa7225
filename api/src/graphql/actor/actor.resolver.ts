import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { readDay } from '../../services/time/read-day';
import type { GraphQLContext } from '../context';
import { RelationType } from '../relation/relation.type';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import { ActorFilterInput, ActorInput } from './actor.input';
import { ActorPageType, ActorType } from './actor.type';

@Resolver(() => ActorType)
export class ActorResolver {
  @Authorized('viewer')
  @Query(() => ActorPageType, { description: 'Actors matching a filter, sorted by name' })
  actors(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ActorFilterInput, { nullable: true }) filter: ActorFilterInput | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('asOf', () => DateScalar, { ...asOfArg, description: 'With filter.areaId: the actors placed in the area on this day; absent: today, the calendar day in Brussels' })
    asOf: string | null,
    @Arg('history', () => Boolean, { ...historyArg, description: 'With filter.areaId: every actor ever placed in the area; not together with asOf' }) history: boolean,
  ) {
    const day = readDay('actors', { asOf, history }, ctx.services.today);
    return ctx.services.actors.list({ ...(filter ?? {}), asOf: day }, offset, limit, ctx.auth.seesPersonalData);
  }

  @Authorized('viewer')
  @Query(() => ActorType, { nullable: true })
  actor(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.actors.get(id);
  }

  @Authorized('viewer')
  @Query(() => [ActorType], { description: 'Case- and accent-insensitive search by name; viewers do not find people' })
  search(
    @Ctx() ctx: GraphQLContext,
    @Arg('text', () => String) text: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
  ) {
    return ctx.services.actors.search(text, limit, ctx.auth.seesPersonalData);
  }

  @FieldResolver(() => [RelationType], { description: 'Relations of this actor, either direction' })
  relations(@Ctx() ctx: GraphQLContext, @Root() actor: ActorType) {
    return ctx.services.actors.relationsOf(actor.id);
  }

  @Authorized('editor')
  @Mutation(() => ActorType)
  upsertActor(@Ctx() ctx: GraphQLContext, @Arg('input', () => ActorInput) input: ActorInput) {
    return ctx.services.actors.upsert(input, ctx.auth.author);
  }

  @Authorized('editor')
  @Mutation(() => Boolean, { description: 'Deletes the actor and its relations; false if it did not exist' })
  deleteActor(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.actors.delete(id, ctx.auth.author);
  }
}
