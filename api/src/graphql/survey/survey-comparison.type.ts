import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType({ description: 'One round’s reported network among the actors it invited' })
export class SurveyRoundSummaryType {
  @Field(() => ID) roundId!: string;
  @Field(() => Int) invited!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int, { description: 'Pairs named by at least one side' }) pairs!: number;
  @Field(() => Float, { description: 'Pairs among the invited actors / possible pairs among them' }) density!: number;
  @Field(() => [ID], { description: 'Invited actors no one named and that named no one' }) isolatedActorIds!: string[];
  @Field(() => Int, { description: 'Pairs whose actors both have life domains and share none' }) crossDomainPairs!: number;
  @Field(() => Float, { nullable: true }) averageValue!: number | null;
  @Field(() => Float, { nullable: true }) averageTrust!: number | null;
}

@ObjectType({ description: 'Two rounds of the same area or project; pairs as "a|b" (actor ids in order)' })
export class SurveyRoundComparisonType {
  @Field(() => SurveyRoundSummaryType) earlier!: SurveyRoundSummaryType;
  @Field(() => SurveyRoundSummaryType) later!: SurveyRoundSummaryType;
  @Field(() => [String]) newPairs!: string[];
  @Field(() => [String]) keptPairs!: string[];
  @Field(() => [String]) lostPairs!: string[];
}

export enum SurveyExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SurveyExportFormat, { name: 'SurveyExportFormat', description: 'File formats of exportSurveyAnswers' });
