import { ValidationError, type Language, type ProblemCode, type ProblemParams } from '@weefsel/graph-schema';
import { Arg, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorColumns, relationColumns, type ColumnSpec } from '../../interchange-files';
import { readDay } from '../../services/time/read-day';
import type { GraphQLContext } from '../context';
import { LanguageEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';
import { asOfArg, historyArg } from '../scalars/time.args';
import {
  ColumnChoiceInput,
  ExportedFileType,
  ExportFormatEnum,
  ImportFileInput,
  ImportFilesResultType,
  SheetRoleEnum,
  type ImportPropertyType,
} from './interchange-files.type';

const property = (role: SheetRoleEnum) => (c: ColumnSpec): ImportPropertyType => ({ role, key: c.key, labelNl: c.header.nl, labelEn: c.header.en, required: c.required });
const properties = [...actorColumns.map(property(SheetRoleEnum.actors)), ...relationColumns.map(property(SheetRoleEnum.relations))];

/** Base64 (a data: URL prefix allowed) to bytes; refuses text that is not base64 rather than guessing. */
function decode(file: ImportFileInput, maxImportBytes: number): { name: string; content: Buffer } {
  const text = file.contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  const bad = (message: string, code: ProblemCode, params: ProblemParams) => new ValidationError('importFiles', [{ path: `files.${file.name}`, message, code, params }]);
  const max = maxImportBytes / 1024 / 1024;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) throw bad('contentBase64 is not base64', 'notBase64', { file: file.name });
  if ((text.length * 3) / 4 > maxImportBytes + 3) throw bad(`is larger than ${max} MB`, 'fileTooLarge', { file: file.name, max });
  return { name: file.name, content: Buffer.from(text, 'base64') };
}

@Resolver()
export class InterchangeFilesResolver {
  @Authorized('editor')
  @Mutation(() => ImportFilesResultType, {
    description: 'Imports XLSX, CSV or interchange JSON files. dryRun (the default) only plans; otherwise all or nothing',
  })
  async importFiles(
    @Ctx() ctx: GraphQLContext,
    @Arg('files', () => [ImportFileInput]) files: ImportFileInput[],
    @Arg('mapping', () => [ColumnChoiceInput], { nullable: true }) mapping: ColumnChoiceInput[] | null,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
  ): Promise<ImportFilesResultType> {
    const { plan, summary } = await ctx.services.interchangeFiles.importFiles(files.map((file) => decode(file, ctx.services.interchangeFiles.maxImportBytes)), { choices: mapping ?? [], dryRun }, ctx.auth.author);
    return {
      applied: summary !== null,
      actors: plan.actors,
      relations: plan.relations,
      problems: plan.problems,
      problemCount: plan.problemCount,
      sheets: plan.sheets.map((s) => ({ ...s, role: s.role as SheetRoleEnum | null })),
      properties,
      summary,
    };
  }

  @Authorized('editor')
  @Query(() => Float, { description: 'The most bytes the files of one import may have together (set by WEEFSEL_BODY_LIMIT)' })
  importMaxBytes(@Ctx() ctx: GraphQLContext): number {
    return ctx.services.interchangeFiles.maxImportBytes;
  }

  // Editors only, like exportGraph: the files hold every personal field.
  @Authorized('editor')
  @Query(() => [ExportedFileType], {
    description: 'The network (or one area) on a day, or its whole history, as files: XLSX, CSV (actors and relations), GraphML, GEXF or JSON; spreadsheet headers in the language asked',
  })
  async exportNetwork(
    @Ctx() ctx: GraphQLContext,
    @Arg('format', () => ExportFormatEnum) format: ExportFormatEnum,
    @Arg('areaId', () => ID, { nullable: true }) areaId: string | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('history', () => Boolean, historyArg) history: boolean,
    @Arg('language', () => LanguageEnum, { defaultValue: 'nl' }) language: Language,
  ): Promise<ExportedFileType[]> {
    const day = readDay('exportNetwork', { asOf, history }, ctx.services.today);
    const files = await ctx.services.interchangeFiles.export(format, areaId, language, day);
    return files.map((f) => ({ fileName: f.fileName, mediaType: f.mediaType, contentBase64: f.content.toString('base64') }));
  }
}
