import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { DateScalar } from '../scalars/date.scalar';
import { NetworkType } from './network.type';
import { ScopeInput } from './scope.input';

@Resolver(() => NetworkType)
export class NetworkResolver {
  @Authorized('viewer')
  @Query(() => NetworkType, {
    description: 'The actors of a scope plus their outside partners (boundary), as the network stood on asOf',
  })
  network(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
  ) {
    return ctx.services.network.network(scope ?? {}, asOf ?? null);
  }

  @Authorized('viewer')
  @Query(() => NetworkType, { description: 'The actors within depth collaboration ties of an actor' })
  egoNetwork(
    @Ctx() ctx: GraphQLContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
  ) {
    return ctx.services.network.egoNetwork(actorId, depth, asOf ?? null);
  }
}
