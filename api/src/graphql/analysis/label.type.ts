import { Field, ObjectType } from 'type-graphql';

@ObjectType('Label', { description: 'A text in Dutch (nl, the default language) and English (en)' })
export class LabelType {
  @Field(() => String) nl!: string;
  @Field(() => String) en!: string;
}
