import type { CollaborationLevel, ContactFrequency, NodeKind, RelationKind, SurveyTieDirection } from '@weefsel/graph-schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NodeKindEnum, RelationKindEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';
import { CollaborationLevelEnum, ContactFrequencyEnum, SurveyTieDirectionEnum } from './survey-enums';
import { SurveyTrustItemsInput, SurveyValueItemsInput } from './survey-items.type';

@InputType({ description: 'A new survey round for an area or a project (exactly one)' })
export class NewSurveyRoundInput {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) intro?: string | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => DateScalar) opensOn!: string;
  @Field(() => DateScalar) closesOn!: string;
  @Field(() => [ID], { nullable: true, description: 'Who is invited; default: the actors of the area or project that can be partners (no places, no people)' })
  actorIds?: string[] | null;
}

@InputType({ description: 'Who fills in the form: optional, personal data' })
export class RespondentContactInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
}

@InputType({ description: 'A partner that is not in the network yet; an editor approves it' })
export class ProposedActorInput {
  @Field(() => String) name!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
  @Field(() => String, { nullable: true }) place?: string | null;
}

@InputType({ description: 'One partner: partnerActorId or proposedActor' })
export class ReportedPartnerInput {
  @Field(() => ID, { nullable: true }) partnerActorId?: string | null;
  @Field(() => ProposedActorInput, { nullable: true }) proposedActor?: ProposedActorInput | null;
  @Field(() => RelationKindEnum, { description: 'A collaboration kind; for a directed kind, direction says which end the respondent is' }) relationKind!: RelationKind;
  @Field(() => SurveyTieDirectionEnum, { nullable: true, description: 'Default FROM_RESPONDENT (the respondent is the source); undirected kinds ignore it' })
  direction?: SurveyTieDirection | null;
  @Field(() => CollaborationLevelEnum) level!: CollaborationLevel;
  @Field(() => ContactFrequencyEnum, { nullable: true }) frequency?: ContactFrequency | null;
  @Field(() => SurveyValueItemsInput, { nullable: true, description: 'The value items answered; the value score is their mean' }) valueItems?: SurveyValueItemsInput | null;
  @Field(() => SurveyTrustItemsInput, { nullable: true, description: 'The trust items answered; the trust score is their mean' }) trustItems?: SurveyTrustItemsInput | null;
  @Field(() => Int, { nullable: true, description: '1-4: one value score instead of the items (answers from before the items); not with valueItems' }) value?: number | null;
  @Field(() => Int, { nullable: true, description: '1-4: one trust score instead of the items; not with trustItems' }) trust?: number | null;
  @Field(() => DateScalar, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'A respondent’s answer; submitting replaces an earlier submission' })
export class SurveyAnswerInput {
  @Field(() => RespondentContactInput, { nullable: true }) contact?: RespondentContactInput | null;
  @Field(() => [ReportedPartnerInput]) partners!: ReportedPartnerInput[];
}
