import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'The whole graph (no areaId), or a care zone, municipality or neighbourhood' })
export class ScopeInput {
  @Field(() => ID, { nullable: true }) areaId?: string | null;
}
