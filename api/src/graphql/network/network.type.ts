import type { NodeKind } from '@weefsel/graph-schema';
import { Field, ID, ObjectType } from 'type-graphql';
import { ActorType } from '../actor/actor.type';
import { NodeKindEnum } from '../enums';
import { RelationType } from '../relation/relation.type';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('NetworkActor')
export class NetworkActorType extends ActorType {
  @Field(() => Boolean, { description: 'A partner outside the scope (or at the edge of an ego network)' })
  boundary!: boolean;
}

@ObjectType('Network', { description: 'The actors and relations of a scope or ego network' })
export class NetworkType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => [NetworkActorType]) nodes!: NetworkActorType[];
  @Field(() => [RelationType]) relations!: RelationType[];
}
