import type { ProblemCode, ProblemParams } from '@weefsel/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportSummaryType } from '../interchange/import-summary.type';
import { ProblemCodeEnum } from '../problem-code.enum';

export enum ExportFormatEnum {
  XLSX = 'xlsx',
  CSV = 'csv',
  GRAPHML = 'graphml',
  GEXF = 'gexf',
  JSON = 'json',
}
registerEnumType(ExportFormatEnum, { name: 'ExportFormat', description: 'File formats of exportNetwork' });

export enum SheetRoleEnum {
  actors = 'actors',
  relations = 'relations',
}
registerEnumType(SheetRoleEnum, { name: 'SheetRole', description: 'What the rows of a sheet are' });

@InputType('ImportFileInput', { description: 'A file to import: its name (the extension says the format) and its bytes in base64' })
export class ImportFileInput {
  @Field(() => String, { description: '.xlsx, .csv or .json' }) name!: string;
  @Field(() => String) contentBase64!: string;
}

@InputType('ColumnChoiceInput', { description: 'The property a column of a sheet maps to; null ignores the column' })
export class ColumnChoiceInput {
  @Field(() => String) sheet!: string;
  @Field(() => String) column!: string;
  @Field(() => String, { nullable: true }) property!: string | null;
}

@ObjectType('PlanCounts')
export class PlanCountsType {
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType('ImportProblem', { description: 'A problem at a cell: sheet, row (1 is the header), column header, value and reason' })
export class ImportProblemType {
  @Field(() => String) sheet!: string;
  @Field(() => Int) row!: number;
  @Field(() => String) column!: string;
  @Field(() => String) value!: string;
  @Field(() => String, { description: 'Precise English, for developers and the CLI' }) reason!: string;
  @Field(() => ProblemCodeEnum, { description: 'The problem as a stable code; clients word it in their language' }) code!: ProblemCode;
  @Field(() => GraphQLJSONObject, { description: 'Values named by the code (value, property, max, since, ...)' }) params!: ProblemParams;
}

@ObjectType('ColumnMapping')
export class ColumnMappingType {
  @Field(() => String) column!: string;
  @Field(() => String, { nullable: true }) property!: string | null;
}

@ObjectType('SheetMapping')
export class SheetMappingType {
  @Field(() => String) sheet!: string;
  @Field(() => SheetRoleEnum, { nullable: true }) role!: SheetRoleEnum | null;
  @Field(() => Int) rows!: number;
  @Field(() => [ColumnMappingType]) columns!: ColumnMappingType[];
}

@ObjectType('ImportProperty', { description: 'A property a column can map to, for the mapping screen' })
export class ImportPropertyType {
  @Field(() => SheetRoleEnum) role!: SheetRoleEnum;
  @Field(() => String) key!: string;
  @Field(() => String) labelNl!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Boolean) required!: boolean;
}

@ObjectType('ImportFilesResult')
export class ImportFilesResultType {
  @Field(() => Boolean, { description: 'True when something was written (never for a dry run)' }) applied!: boolean;
  @Field(() => PlanCountsType) actors!: PlanCountsType;
  @Field(() => PlanCountsType) relations!: PlanCountsType;
  @Field(() => [ImportProblemType], { description: 'The first 1000 problems, by sheet and row' }) problems!: ImportProblemType[];
  @Field(() => Int) problemCount!: number;
  @Field(() => [SheetMappingType]) sheets!: SheetMappingType[];
  @Field(() => [ImportPropertyType]) properties!: ImportPropertyType[];
  @Field(() => ImportSummaryType, { nullable: true, description: 'What the store wrote, when applied' }) summary!: ImportSummaryType | null;
}

@ObjectType('ExportedFile')
export class ExportedFileType {
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => String, { description: 'The bytes in base64 (every format, so XLSX and text alike)' }) contentBase64!: string;
}
