import type { LifeDomain, TargetGroup } from '@weefsel/graph-schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { LifeDomainEnum, TargetGroupEnum } from '../enums';
import { NetworkActorType } from '../network/network.type';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('DomainCoverage')
export class DomainCoverageType {
  @Field(() => LifeDomainEnum) value!: LifeDomain;
  @Field(() => Int, { description: "The area's actors working in this domain" }) actorCount!: number;
}

@ObjectType('TargetGroupCoverage')
export class TargetGroupCoverageType {
  @Field(() => TargetGroupEnum) value!: TargetGroup;
  @Field(() => Int, { description: "The area's actors serving this target group" }) actorCount!: number;
}

@ObjectType('CoverageRecords', { description: 'How much of what a lack is claimed on is recorded' })
export class CoverageRecordsType {
  @Field(() => Int, { description: 'Actors of the area whose life domains and target groups can be recorded (kinds that can hold a tie; not the neighbourhood itself)' })
  actors!: number;
  @Field(() => Int, { description: 'Of those, the actors with no life domain recorded' }) withoutDomains!: number;
  @Field(() => Int, { description: 'Of those, the actors with no target group recorded' }) withoutTargetGroups!: number;
}

@ObjectType('AreaCoverage', {
  description:
    "What an area's own actors (the area and everything placed in it, no outside partners) cover and lack on a day: the one source of the DOMAIN_ABSENT and TARGET_GROUP_UNSERVED gaps and of every lack a recommendation claims",
})
export class AreaCoverageType {
  @Field(() => NetworkActorType) area!: NetworkActorType;
  @Field(() => DateScalar, { nullable: true, description: 'The day the facts hold on; null: every relation ever recorded' }) asOf!: string | null;
  @Field(() => Int, { description: 'Actors counted, the area itself included' }) actorCount!: number;
  @Field(() => [DomainCoverageType], { description: 'Every life domain, in graph-schema order' }) domains!: DomainCoverageType[];
  @Field(() => [TargetGroupCoverageType], { description: 'Every target group, in graph-schema order' }) targetGroups!: TargetGroupCoverageType[];
  @Field(() => [LifeDomainEnum], { description: 'Domains no actor of the area works in; none when no actor has any recorded (nothing is known to lack)' }) missingDomains!: LifeDomain[];
  @Field(() => [TargetGroupEnum], { description: 'Target groups no actor of the area serves; none when no actor has any recorded' }) missingTargetGroups!: TargetGroup[];
  @Field(() => CoverageRecordsType) records!: CoverageRecordsType;
}
