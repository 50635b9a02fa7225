import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver } from './actor/actor.resolver';
import { AdminResolver } from './admin/admin.resolver';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { CoverageResolver } from './analysis/coverage.resolver';
import { LayoutResolver } from './analysis/layout.resolver';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { InterchangeResolver } from './interchange/interchange.resolver';
import { InterchangeFilesResolver } from './interchange-files/interchange-files.resolver';
import { NetworkResolver } from './network/network.resolver';
import { AreaOverviewResolver } from './overview/area-overview.resolver';
import { RecommendResolver } from './recommend/recommend.resolver';
import { applyPrivacy } from './privacy/apply-privacy';
import { RelationResolver } from './relation/relation.resolver';
import { ReportResolver } from './report/report.resolver';
import { SurveyRespondentResolver } from './survey/survey-respondent.resolver';
import { SurveyResolver } from './survey/survey.resolver';

export const resolvers = [ActorResolver, RelationResolver, NetworkResolver, InterchangeResolver, InterchangeFilesResolver, AnalysisResolver, LayoutResolver, CoverageResolver, AreaOverviewResolver, RecommendResolver, ReportResolver, AuthResolver, AdminResolver, SurveyResolver, SurveyRespondentResolver] as const;

/**
 * Builds the executable schema; `emitTo` also writes it as SDL (the committed schema.graphql).
 * Roles are checked by `authChecker` (`@Authorized`), personal data withheld by `applyPrivacy`.
 */
export async function buildWeefselSchema(emitTo?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    // Input validation is graph-schema's job (in the store), so it is the same for every entry point.
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
  return applyPrivacy(schema);
}
