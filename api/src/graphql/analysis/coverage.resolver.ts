import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { readDay } from '../../services/time/read-day';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import { AreaCoverageType } from './coverage.type';

@Resolver()
export class CoverageResolver {
  @Authorized('viewer')
  @Query(() => AreaCoverageType, { description: 'Which life domains and target groups the actors of an area cover, and which nobody there does' })
  areaCoverage(
    @Ctx() ctx: GraphQLContext,
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.analysis.coverage(areaId, readDay('areaCoverage', { asOf, history }, ctx.services.today));
  }
}
