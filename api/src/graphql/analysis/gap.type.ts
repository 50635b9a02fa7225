import type { LifeDomain, NodeKind, TargetGroup } from '@weefsel/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { GapKind, GapSeverity } from '../../analysis/gaps/gap';
import { LifeDomainEnum, NodeKindEnum, TargetGroupEnum } from '../enums';
import { NetworkActorType } from '../network/network.type';
import { RelationType } from '../relation/relation.type';
import { DateScalar } from '../scalars/date.scalar';
import { GapKindEnum, GapSeverityEnum } from './analysis-enums';
import { LabelType } from './label.type';

@ObjectType('Gap', { description: 'One weakness of a network, with whom and what it concerns and why it matters' })
export class GapType {
  @Field(() => ID, { description: 'Stable for the same network: kind plus subject' }) id!: string;
  @Field(() => GapKindEnum) kind!: GapKind;
  @Field(() => GapSeverityEnum) severity!: GapSeverity;
  @Field(() => [NetworkActorType], { description: 'The actors concerned, the subject first (at most 50)' })
  actors!: NetworkActorType[];
  @Field(() => Int, { description: 'All actors concerned, also when the list was cut' }) affectedCount!: number;
  @Field(() => [NetworkActorType], { description: 'The areas concerned' }) areas!: NetworkActorType[];
  @Field(() => [RelationType], { description: 'The collaboration relations concerned' }) relations!: RelationType[];
  @Field(() => [LifeDomainEnum]) domains!: LifeDomain[];
  @Field(() => [TargetGroupEnum]) targetGroups!: TargetGroup[];
  @Field(() => LabelType, { description: 'Plain explanation in Dutch and English' }) explanation!: LabelType;
}

@ObjectType('GapCount')
export class GapCountType {
  @Field(() => GapKindEnum) kind!: GapKind;
  @Field(() => Int) count!: number;
}

@ObjectType('GapReport')
export class GapReportType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => [GapType], { description: 'Most severe first' }) gaps!: GapType[];
  @Field(() => [GapCountType], { description: 'Gaps per kind, every kind listed' }) counts!: GapCountType[];
}
