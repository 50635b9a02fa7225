import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { RelationInput } from './relation.input';
import { RelationType } from './relation.type';

@Resolver(() => RelationType)
export class RelationResolver {
  @Authorized('viewer')
  @Query(() => RelationType, { nullable: true })
  relation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.relations.get(id);
  }

  @Authorized('editor')
  @Mutation(() => RelationType)
  upsertRelation(@Ctx() ctx: GraphQLContext, @Arg('input', () => RelationInput) input: RelationInput) {
    return ctx.services.relations.upsert(input, ctx.auth.author);
  }

  @Authorized('editor')
  @Mutation(() => Boolean, { description: 'false if there was no such relation' })
  deleteRelation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.relations.delete(id, ctx.auth.author);
  }
}
