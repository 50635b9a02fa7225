import type { NodeKind } from '@weefsel/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeKindEnum } from '../enums';
import { NetworkActorType } from '../network/network.type';
import { RelationType } from '../relation/relation.type';
import { DateScalar } from '../scalars/date.scalar';
import { ScopeMetricsType } from './metrics.type';

@ObjectType('MetricDelta')
export class MetricDeltaType {
  @Field(() => String, { description: 'A field of ScopeMetrics' }) metric!: string;
  @Field(() => Float, { nullable: true }) before!: number | null;
  @Field(() => Float, { nullable: true }) after!: number | null;
  @Field(() => Float, { nullable: true, description: 'after - before; null when either is null' }) change!: number | null;
}

@ObjectType('ActorChange', { description: 'An actor whose number of partners changed' })
export class ActorChangeType {
  @Field(() => NetworkActorType) actor!: NetworkActorType;
  @Field(() => Int) degreeBefore!: number;
  @Field(() => Int) degreeAfter!: number;
  @Field(() => Float) betweennessBefore!: number;
  @Field(() => Float) betweennessAfter!: number;
}

@ObjectType('NetworkChanges', { description: 'What changed in the network of a scope between two dates' })
export class NetworkChangesType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [RelationType], { description: 'Collaboration relations active on to but not on from' }) tiesAdded!: RelationType[];
  @Field(() => [RelationType], { description: 'Collaboration relations active on from but no longer on to' }) tiesEnded!: RelationType[];
  @Field(() => DateScalar, { nullable: true, description: 'The latest day a collaboration relation still active on to began; null: none is dated. Where nothing changed between from and to, when something last did' })
  latestTieStart!: string | null;
  @Field(() => [NetworkActorType], { description: 'Actors placed in the scope on to but not on from' }) actorsJoined!: NetworkActorType[];
  @Field(() => [NetworkActorType]) actorsLeft!: NetworkActorType[];
  @Field(() => ScopeMetricsType) before!: ScopeMetricsType;
  @Field(() => ScopeMetricsType) after!: ScopeMetricsType;
  @Field(() => [MetricDeltaType]) deltas!: MetricDeltaType[];
  @Field(() => [ActorChangeType], { description: 'Biggest change in partners first' }) actorChanges!: ActorChangeType[];
}
