import type { RelationKind, RelationStatus } from '@weefsel/graph-schema';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RelationKindEnum, RelationStatusEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('Relation')
export class RelationType {
  @Field(() => ID) id!: string;
  @Field(() => RelationKindEnum) kind!: RelationKind;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day; null when unknown' }) since!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day (inclusive); null while it lasts' })
  until!: string | null;
  @Field(() => Float, { nullable: true }) weight!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => RelationStatusEnum) status!: RelationStatus;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
}
