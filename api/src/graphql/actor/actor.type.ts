import type { LifeDomain, NodeKind, TargetGroup } from '@weefsel/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LifeDomainEnum, NodeKindEnum, TargetGroupEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('Contact', { description: 'How to reach an actor; person is personal data, hidden from viewers' })
export class ContactType {
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) person?: string;
}

@ObjectType('Actor', { description: 'Any node of the network: actor or area' })
export class ActorType {
  @Field(() => ID) id!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
  @Field(() => String, { description: 'For a person (transition manager) and a viewer: the label of the kind' }) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Boolean, { description: 'Formal care or welfare (false: informal, e.g. volunteers)' })
  formal!: boolean;
  @Field(() => [LifeDomainEnum]) domains!: LifeDomain[];
  @Field(() => [TargetGroupEnum]) targetGroups!: TargetGroup[];
  @Field(() => ContactType, { nullable: true }) contact!: ContactType | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day the actor exists; null when unknown. A view of a day leaves out the actors that do not exist then, and their ties',
  })
  since!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day the actor exists (inclusive); null while it lasts' }) until!: string | null;
  @Field(() => Boolean, {
    description: 'True when this actor has personal data (graph-schema personalProperties) that your role may not see: name shows the kind, contact is hidden',
  })
  personalDataHidden!: boolean;
  @Field(() => String, { description: 'ISO 8601 timestamp' }) createdAt!: string;
  @Field(() => String, { description: 'ISO 8601 timestamp' }) updatedAt!: string;
}

@ObjectType('ActorPage')
export class ActorPageType {
  @Field(() => [ActorType]) items!: ActorType[];
  @Field(() => Int, { description: 'All actors matching the filter' }) total!: number;
}
