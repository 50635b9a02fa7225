import type { NodeKind } from '@weefsel/graph-schema';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { NodeKindEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('ActorPosition', { description: 'Where to draw one node, in canvas pixels at zoom 1' })
export class ActorPositionType {
  @Field(() => ID) actorId!: string;
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
}

@ObjectType('NetworkLayout', { description: 'Drawing positions of every node of a scope (ForceAtlas2), the same until the network changes' })
export class NetworkLayoutType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => Boolean, { description: 'False when the scope was not larger than minElements: no positions then' }) computed!: boolean;
  @Field(() => [ActorPositionType]) positions!: ActorPositionType[];
}
