import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('WriteCounts')
export class WriteCountsType {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType('ImportSummary')
export class ImportSummaryType {
  @Field(() => WriteCountsType) actors!: WriteCountsType;
  @Field(() => WriteCountsType) relations!: WriteCountsType;
}
