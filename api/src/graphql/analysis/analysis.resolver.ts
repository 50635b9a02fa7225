import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GapKind } from '../../analysis/gaps/gap';
import { readDay } from '../../services/time/read-day';
import type { GraphQLContext } from '../context';
import { ScopeInput } from '../network/scope.input';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import { GapKindEnum } from './analysis-enums';
import { NetworkChangesType } from './changes.type';
import { BoundarySpannerType, DomainMatrixType, PathType, ScopeComparisonType } from './cross-domain.type';
import { GapReportType } from './gap.type';
import { NetworkLayoutType } from './layout.type';
import { NetworkMetricsType } from './metrics.type';

@Resolver()
export class AnalysisResolver {
  @Authorized('viewer')
  @Query(() => NetworkMetricsType, { description: 'Centralities per actor and figures of the whole network of a scope' })
  networkMetrics(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.analysis.metrics(scope ?? {}, readDay('networkMetrics', { asOf, history }, ctx.services.today));
  }

  @Authorized('viewer')
  @Query(() => NetworkLayoutType, { description: 'Drawing positions for a large scope, so a browser need not lay it out' })
  networkLayout(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
    @Arg('minElements', () => Int, { defaultValue: 0, description: 'Compute a layout only when the scope has more nodes plus relations than this; a kept picture is answered whatever the size' })
    minElements: number,
  ) {
    return ctx.services.analysis.layout(scope ?? {}, readDay('networkLayout', { asOf, history }, ctx.services.today), minElements);
  }

  @Authorized('viewer')
  @Query(() => GapReportType, { description: 'Weaknesses of the network of a scope, most severe first' })
  gaps(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
    @Arg('kinds', () => [GapKindEnum], { nullable: true, description: 'Only these kinds; absent: all' }) kinds: GapKind[] | null,
  ) {
    return ctx.services.analysis.gaps(scope ?? {}, readDay('gaps', { asOf, history }, ctx.services.today), kinds ?? undefined);
  }

  @Authorized('viewer')
  @Query(() => DomainMatrixType, { description: 'The life domain x life domain matrix of collaboration ties in a scope' })
  domainMatrix(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.analysis.domainMatrix(scope ?? {}, readDay('domainMatrix', { asOf, history }, ctx.services.today));
  }

  @Authorized('viewer')
  @Query(() => [BoundarySpannerType], { description: 'Actors whose ties link several life domains, most domains first' })
  boundarySpanners(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
    @Arg('minDomains', () => Int, { defaultValue: 3, description: 'Own and partner domains together, 2 to 11' }) minDomains: number,
  ) {
    return ctx.services.analysis.boundarySpanners(scope ?? {}, readDay('boundarySpanners', { asOf, history }, ctx.services.today), minDomains);
  }

  @Authorized('viewer')
  @Query(() => PathType, { nullable: true, description: 'A shortest chain of collaboration ties between two actors; null if none' })
  path(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.analysis.path(from, to, readDay('path', { asOf, history }, ctx.services.today));
  }

  @Authorized('viewer')
  @Query(() => [ScopeComparisonType], { description: 'Figures of several scopes side by side, in the order asked' })
  compareScopes(
    @Ctx() ctx: GraphQLContext,
    @Arg('scopes', () => [ScopeInput]) scopes: ScopeInput[],
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
  ) {
    return ctx.services.analysis.compareScopes(scopes, readDay('compareScopes', { asOf, history }, ctx.services.today));
  }

  @Authorized('viewer')
  @Query(() => NetworkChangesType, { description: 'Ties added and ended and the metric deltas of a scope between two days' })
  networkChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
  ) {
    return ctx.services.analysis.networkChanges(scope ?? {}, from, to);
  }
}
