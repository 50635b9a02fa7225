import { trustItems, valueItems, type TrustItem, type ValueItem } from '@weefsel/graph-schema';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

// PARTNER CPRM's value and trust items, one field per item named as in graph-schema
// (`valueItems`, `trustItems`); `implements Record<...>` makes an item added there a compile error
// here until it has its field. Described by the item's English question.

@InputType({ description: 'PARTNER’s value items, each 1-4; leave out (or null) what the respondent does not know. The value score is their mean' })
export class SurveyValueItemsInput implements Record<ValueItem, number | null | undefined> {
  @Field(() => Int, { nullable: true, description: valueItems.INFLUENCE.question.en }) INFLUENCE!: number | null | undefined;
  @Field(() => Int, { nullable: true, description: valueItems.INVOLVEMENT.question.en }) INVOLVEMENT!: number | null | undefined;
  @Field(() => Int, { nullable: true, description: valueItems.RESOURCES.question.en }) RESOURCES!: number | null | undefined;
}

@InputType({ description: 'PARTNER’s trust items, each 1-4; leave out (or null) what the respondent does not know. The trust score is their mean' })
export class SurveyTrustItemsInput implements Record<TrustItem, number | null | undefined> {
  @Field(() => Int, { nullable: true, description: trustItems.RELIABLE.question.en }) RELIABLE!: number | null | undefined;
  @Field(() => Int, { nullable: true, description: trustItems.MISSION.question.en }) MISSION!: number | null | undefined;
  @Field(() => Int, { nullable: true, description: trustItems.OPEN.question.en }) OPEN!: number | null | undefined;
}

@ObjectType({ description: 'PARTNER’s value items: one answer (1-4) or an average of answers; null when not answered' })
export class SurveyValueItemsType implements Partial<Record<ValueItem, number | null>> {
  @Field(() => Float, { nullable: true, description: valueItems.INFLUENCE.question.en }) INFLUENCE?: number | null;
  @Field(() => Float, { nullable: true, description: valueItems.INVOLVEMENT.question.en }) INVOLVEMENT?: number | null;
  @Field(() => Float, { nullable: true, description: valueItems.RESOURCES.question.en }) RESOURCES?: number | null;
}

@ObjectType({ description: 'PARTNER’s trust items: one answer (1-4) or an average of answers; null when not answered' })
export class SurveyTrustItemsType implements Partial<Record<TrustItem, number | null>> {
  @Field(() => Float, { nullable: true, description: trustItems.RELIABLE.question.en }) RELIABLE?: number | null;
  @Field(() => Float, { nullable: true, description: trustItems.MISSION.question.en }) MISSION?: number | null;
  @Field(() => Float, { nullable: true, description: trustItems.OPEN.question.en }) OPEN?: number | null;
}
