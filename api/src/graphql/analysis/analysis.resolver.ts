import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GapKind } from '../../analysis/gaps/gap';
import type { GraphQLContext } from '../context';
import { ScopeInput } from '../network/scope.input';
import { DateScalar } from '../scalars/date.scalar';
import { GapKindEnum } from './analysis-enums';
import { NetworkChangesType } from './changes.type';
import { BoundarySpannerType, DomainMatrixType, PathType, ScopeComparisonType } from './cross-domain.type';
import { GapReportType } from './gap.type';
import { NetworkLayoutType } from './layout.type';
import { NetworkMetricsType } from './metrics.type';

const asOfArg = { nullable: true, description: 'Analyse the network as it stood on this day; absent: every relation recorded' } as const;

@Resolver()
export class AnalysisResolver {
  @Authorized('viewer')
  @Query(() => NetworkMetricsType, { description: 'Centralities per actor and figures of the whole network of a scope' })
  networkMetrics(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
  ) {
    return ctx.services.analysis.metrics(scope ?? {}, asOf ?? null);
  }

  @Authorized('viewer')
  @Query(() => NetworkLayoutType, { description: 'Drawing positions for a large scope, so a browser need not lay it out' })
  networkLayout(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('minElements', () => Int, { defaultValue: 0, description: 'Compute only when the scope has more nodes plus relations than this' })
    minElements: number,
  ) {
    return ctx.services.analysis.layout(scope ?? {}, asOf ?? null, minElements);
  }

  @Authorized('viewer')
  @Query(() => GapReportType, { description: 'Weaknesses of the network of a scope, most severe first' })
  gaps(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('kinds', () => [GapKindEnum], { nullable: true, description: 'Only these kinds; absent: all' }) kinds: GapKind[] | null,
  ) {
    return ctx.services.analysis.gaps(scope ?? {}, asOf ?? null, kinds ?? undefined);
  }

  @Authorized('viewer')
  @Query(() => DomainMatrixType, { description: 'The life domain x life domain matrix of collaboration ties in a scope' })
  domainMatrix(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
  ) {
    return ctx.services.analysis.domainMatrix(scope ?? {}, asOf ?? null);
  }

  @Authorized('viewer')
  @Query(() => [BoundarySpannerType], { description: 'Actors whose ties link several life domains, most domains first' })
  boundarySpanners(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('minDomains', () => Int, { defaultValue: 3, description: 'Own and partner domains together, 2 to 11' }) minDomains: number,
  ) {
    return ctx.services.analysis.boundarySpanners(scope ?? {}, asOf ?? null, minDomains);
  }

  @Authorized('viewer')
  @Query(() => PathType, { nullable: true, description: 'A shortest chain of collaboration ties between two actors; null if none' })
  path(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
  ) {
    return ctx.services.analysis.path(from, to, asOf ?? null);
  }

  @Authorized('viewer')
  @Query(() => [ScopeComparisonType], { description: 'Figures of several scopes side by side, in the order asked' })
  compareScopes(
    @Ctx() ctx: GraphQLContext,
    @Arg('scopes', () => [ScopeInput]) scopes: ScopeInput[],
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
  ) {
    return ctx.services.analysis.compareScopes(scopes, asOf ?? null);
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
