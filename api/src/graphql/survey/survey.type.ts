import type { CollaborationLevel, ContactFrequency, NodeKind, RelationKind, SurveyRoundStatus, SurveyTieDirection } from '@weefsel/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeKindEnum, RelationKindEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';
import { CollaborationLevelEnum, ContactFrequencyEnum, SurveyRoundStatusEnum, SurveyTieDirectionEnum } from './survey-enums';
import { SurveyTrustItemsType, SurveyValueItemsType } from './survey-items.type';

@ObjectType({ description: 'A round of the network survey (netwerkbevraging)' })
export class SurveyRoundType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) intro!: string | null;
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => DateScalar) opensOn!: string;
  @Field(() => DateScalar) closesOn!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => SurveyRoundStatusEnum) status!: SurveyRoundStatus;
  @Field(() => String) createdAt!: string;
}

@ObjectType({ description: 'A personal link’s token: shown once, only its hash is stored' })
export class SurveyLinkType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) actorId!: string;
  @Field(() => String) token!: string;
}

@ObjectType()
export class CreatedSurveyRoundType {
  @Field(() => SurveyRoundType) round!: SurveyRoundType;
  @Field(() => [SurveyLinkType]) links!: SurveyLinkType[];
}

@ObjectType({ description: 'An actor as a respondent sees it: name and kind only' })
export class SurveyActorType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
}

@ObjectType()
export class RespondentContactType {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
}

@ObjectType()
export class ProposedActorType {
  @Field(() => String) name!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
  @Field(() => String, { nullable: true }) place?: string | null;
}

@ObjectType()
export class ReportedPartnerType {
  @Field(() => ID, { nullable: true }) partnerActorId?: string | null;
  @Field(() => ProposedActorType, { nullable: true }) proposedActor?: ProposedActorType | null;
  @Field(() => RelationKindEnum) relationKind!: RelationKind;
  @Field(() => SurveyTieDirectionEnum, { nullable: true }) direction?: SurveyTieDirection | null;
  @Field(() => CollaborationLevelEnum) level!: CollaborationLevel;
  @Field(() => ContactFrequencyEnum, { nullable: true }) frequency?: ContactFrequency | null;
  @Field(() => SurveyValueItemsType, { nullable: true, description: 'The value items answered' }) valueItems?: SurveyValueItemsType | null;
  @Field(() => SurveyTrustItemsType, { nullable: true, description: 'The trust items answered' }) trustItems?: SurveyTrustItemsType | null;
  @Field(() => Int, { nullable: true, description: 'The single value score of an answer from before the items' }) value?: number | null;
  @Field(() => Int, { nullable: true, description: 'The single trust score of an answer from before the items' }) trust?: number | null;
  @Field(() => DateScalar, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType()
export class SurveyAnswerBodyType {
  @Field(() => RespondentContactType, { nullable: true }) contact?: RespondentContactType | null;
  @Field(() => [ReportedPartnerType]) partners!: ReportedPartnerType[];
}

@ObjectType({ description: 'What a personal link opens: the round, the respondent, the actors to choose from and its own answer' })
export class SurveyFormType {
  @Field(() => String) roundTitle!: string;
  @Field(() => String, { nullable: true }) intro!: string | null;
  @Field(() => DateScalar) opensOn!: string;
  @Field(() => DateScalar) closesOn!: string;
  @Field(() => SurveyActorType) respondent!: SurveyActorType;
  @Field(() => [SurveyActorType]) actors!: SurveyActorType[];
  @Field(() => [SurveyActorType], { description: 'Actors outside the round that this respondent’s own draft or submission names: names and kinds only, no people' })
  outsideActors!: SurveyActorType[];
  @Field(() => SurveyAnswerBodyType, { nullable: true, description: 'The draft if there is one, else the last submission' })
  answer!: SurveyAnswerBodyType | null;
  @Field(() => String, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) draftSavedAt!: string | null;
}

@ObjectType({ description: 'When the answer was saved' })
export class SurveySavedType {
  @Field(() => String, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) draftSavedAt!: string | null;
}
