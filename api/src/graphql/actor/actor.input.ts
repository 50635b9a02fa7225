import type { LifeDomain, NodeKind, TargetGroup } from '@weefsel/graph-schema';
import { Field, ID, InputType } from 'type-graphql';
import { LifeDomainEnum, NodeKindEnum, TargetGroupEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) person?: string;
}

@InputType({ description: 'Creates the actor, or replaces the properties of the actor with this id' })
export class ActorInput {
  @Field(() => ID) id!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults by kind (graph-schema formalByDefault)' })
  formal?: boolean;
  @Field(() => [LifeDomainEnum], { nullable: true }) domains?: LifeDomain[];
  @Field(() => [TargetGroupEnum], { nullable: true }) targetGroups?: TargetGroup[];
  @Field(() => ContactInput, { nullable: true }) contact?: ContactInput | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day the actor exists (founded, started); null when unknown' })
  since?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day the actor exists (closed, ended; inclusive); null while it lasts' })
  until?: string | null;
}

@InputType('ActorFilter', { description: 'Filters combine with AND; values inside one list with OR' })
export class ActorFilterInput {
  @Field(() => [NodeKindEnum], { nullable: true }) kinds?: NodeKind[];
  @Field(() => [LifeDomainEnum], { nullable: true }) domains?: LifeDomain[];
  @Field(() => [TargetGroupEnum], { nullable: true }) targetGroups?: TargetGroup[];
  @Field(() => ID, { nullable: true, description: 'Actors inside this care zone, municipality or neighbourhood' })
  areaId?: string;
  @Field(() => Boolean, { nullable: true }) formal?: boolean;
}
