import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { hasRole, type Language } from '@weefsel/graph-schema';
import type { GraphQLContext } from '../context';
import { LanguageEnum } from '../enums';
import { ExportedFileType } from '../interchange-files/interchange-files.type';
import { DateScalar } from '../scalars/date.scalar';

@Resolver()
export class ReportResolver {
  @Authorized('viewer')
  @Query(() => ExportedFileType, {
    description:
      'A report on an area as a PDF: its map, key figures and their change since a day, gaps, suggested collaborations and the domains matrix, as of today. Names of people only for editors.',
  })
  async areaReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('areaId', () => ID) areaId: string,
    @Arg('since', () => DateScalar, { description: 'The day the key figures are compared with (YYYY-MM-DD, not after today)' }) since: string,
    @Arg('language', () => LanguageEnum, { defaultValue: 'nl' }) language: Language,
  ): Promise<ExportedFileType> {
    // Survey answers are for editors, as the survey queries are (@Authorized('editor')).
    const seesSurveyData = ctx.auth.user !== null && hasRole(ctx.auth.user.role, 'editor');
    const file = await ctx.services.reports.areaReport({ areaId, since, language, seesPersonalData: ctx.auth.seesPersonalData, seesSurveyData });
    return { fileName: file.fileName, mediaType: file.mediaType, contentBase64: file.content.toString('base64') };
  }
}
