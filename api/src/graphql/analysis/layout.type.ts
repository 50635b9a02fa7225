import type { NodeKind } from '@weefsel/graph-schema';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { NodeKindEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('ActorPosition', { description: 'Where to draw one node, in canvas pixels at zoom 1' })
export class ActorPositionType {
  @Field(() => ID) actorId!: string;
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Boolean, { description: 'An editor put it there; a new layout keeps it' }) pinned!: boolean;
}

@ObjectType('NetworkLayout', { description: 'Drawing positions of every node of a scope: its kept picture, or ForceAtlas2 for a large scope without one' })
export class NetworkLayoutType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => Boolean, { description: 'False when the scope has no kept picture and was not larger than minElements: no positions then' }) computed!: boolean;
  @Field(() => Boolean, { description: "The scope's kept picture (the same for every user); actors new to it were placed next to their partners" })
  kept!: boolean;
  @Field(() => [ActorPositionType]) positions!: ActorPositionType[];
}

@InputType('ActorPositionInput', { description: 'Where an actor is drawn in a scope' })
export class ActorPositionInput {
  @Field(() => ID) actorId!: string;
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Boolean, { defaultValue: false, description: 'Put there by hand: kept by every later layout' }) pinned!: boolean;
}
