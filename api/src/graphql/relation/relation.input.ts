import type { RelationKind, RelationStatus } from '@weefsel/graph-schema';
import { Field, Float, ID, InputType } from 'type-graphql';
import { RelationKindEnum, RelationStatusEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@InputType({ description: 'Creates or updates a relation; without id, the id derives from kind and endpoints' })
export class RelationInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => RelationKindEnum) kind!: RelationKind;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => DateScalar, { nullable: true }) since?: string | null;
  @Field(() => DateScalar, { nullable: true }) until?: string | null;
  @Field(() => Float, { nullable: true }) weight?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => RelationStatusEnum, { nullable: true, description: 'Defaults to ACTIVE; ENDED needs until' })
  status?: RelationStatus | null;
}
