import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { readDay } from '../../services/time/read-day';
import type { GraphQLContext } from '../context';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import { NetworkType } from './network.type';
import { ScopeInput } from './scope.input';

@Resolver(() => NetworkType)
export class NetworkResolver {
  @Authorized('viewer')
  @Query(() => NetworkType, {
    description: 'The actors of a scope plus their outside partners (boundary), as the network stood on asOf (absent: today)',
  })
  network(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.network.network(scope ?? {}, readDay('network', { asOf, history }, ctx.services.today));
  }

  @Authorized('viewer')
  @Query(() => NetworkType, { description: 'The actors within depth collaboration ties of an actor' })
  egoNetwork(
    @Ctx() ctx: GraphQLContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.network.egoNetwork(actorId, depth, readDay('egoNetwork', { asOf, history }, ctx.services.today));
  }
}
