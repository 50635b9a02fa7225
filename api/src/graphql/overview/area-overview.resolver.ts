import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { readDay } from '../../services/time/read-day';
import type { GraphQLContext } from '../context';
import { ScopeInput } from '../network/scope.input';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import { AreaOverviewType } from './area-overview.type';

@Resolver()
export class AreaOverviewResolver {
  @Authorized('viewer')
  @Query(() => AreaOverviewType, { description: 'A scope as its areas one level down: actors per area and the collaboration ties between areas, bundled (no personal data)' })
  areaOverview(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.overview.areaOverview(scope ?? {}, readDay('areaOverview', { asOf, history }, ctx.services.today));
  }
}
