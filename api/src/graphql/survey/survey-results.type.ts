import type { CollaborationLevel, ContactFrequency, NodeKind, Reciprocity, RelationKind, SurveyTieDirection } from '@weefsel/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeKindEnum, RelationKindEnum } from '../enums';
import { RelationType } from '../relation/relation.type';
import { DateScalar } from '../scalars/date.scalar';
import { CollaborationLevelEnum, ContactFrequencyEnum, ReciprocityEnum, SurveyTieDirectionEnum } from './survey-enums';
import { SurveyTrustItemsType, SurveyValueItemsType } from './survey-items.type';
import { SurveyRoundType } from './survey.type';

@ObjectType({ description: 'An invited actor and where its answer stands; those without submittedAt make the reminders list' })
export class RespondentStatusType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) actorId!: string;
  @Field(() => String) actorName!: string;
  @Field(() => NodeKindEnum, { nullable: true }) actorKind!: NodeKind | null;
  @Field(() => String, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) draftSavedAt!: string | null;
  @Field(() => String, { nullable: true }) lastSeenAt!: string | null;
  @Field(() => Boolean) revoked!: boolean;
}

@ObjectType({ description: 'A partner named in a submitted answer, with its provenance (round, reporter)' })
export class ReportedTieType {
  @Field(() => String, { description: 'The relation it becomes when accepted' }) key!: string;
  @Field(() => ID) roundId!: string;
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) reporterActorId!: string;
  @Field(() => ID, { nullable: true, description: 'Null while it names a proposed actor that waits for approval' }) partnerActorId!: string | null;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field(() => RelationKindEnum) relationKind!: RelationKind;
  @Field(() => SurveyTieDirectionEnum) direction!: SurveyTieDirection;
  @Field(() => ID, { nullable: true, description: 'The relation’s source when accepted: the reporter, or the partner for a reversed directed kind' }) sourceActorId!: string | null;
  @Field(() => ID, { nullable: true }) targetActorId!: string | null;
  @Field(() => CollaborationLevelEnum) level!: CollaborationLevel;
  @Field(() => ContactFrequencyEnum, { nullable: true }) frequency!: ContactFrequency | null;
  @Field(() => Float, { nullable: true, description: 'The value score: the mean of the value items answered (or the single score of an answer from before the items), to two decimals' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'The trust score, as value' }) trust!: number | null;
  @Field(() => SurveyValueItemsType, { description: 'The value items answered' }) valueItems!: SurveyValueItemsType;
  @Field(() => SurveyTrustItemsType, { description: 'The trust items answered' }) trustItems!: SurveyTrustItemsType;
  @Field(() => DateScalar, { nullable: true }) since!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) acceptedRelationId!: string | null;
}

@ObjectType({ description: 'Two actors and what each said of the other' })
export class SurveyPairType {
  @Field(() => ID) a!: string;
  @Field(() => ID) b!: string;
  @Field(() => ReciprocityEnum) reciprocity!: Reciprocity;
  @Field(() => CollaborationLevelEnum, { nullable: true }) levelByA!: CollaborationLevel | null;
  @Field(() => CollaborationLevelEnum, { nullable: true }) levelByB!: CollaborationLevel | null;
  @Field(() => [String]) tieKeys!: string[];
  @Field(() => Int) reports!: number;
  @Field(() => Float, { nullable: true, description: 'The mean of the reports’ value scores' }) averageValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'The mean of the reports’ trust scores' }) averageTrust!: number | null;
  @Field(() => SurveyValueItemsType, { description: 'Per value item, the mean of the answers given to it' }) averageValueItems!: SurveyValueItemsType;
  @Field(() => SurveyTrustItemsType, { description: 'Per trust item, the mean of the answers given to it' }) averageTrustItems!: SurveyTrustItemsType;
}

@ObjectType({ description: 'How an actor’s partners see it: averages of what others reported about it' })
export class SurveyActorScoreType {
  @Field(() => ID) actorId!: string;
  @Field(() => Int) namedBy!: number;
  @Field(() => Float, { nullable: true, description: 'The mean of the reports’ value scores' }) averageValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'The mean of the reports’ trust scores' }) averageTrust!: number | null;
  @Field(() => SurveyValueItemsType, { description: 'Per value item, the mean of the answers given to it' }) averageValueItems!: SurveyValueItemsType;
  @Field(() => SurveyTrustItemsType, { description: 'Per trust item, the mean of the answers given to it' }) averageTrustItems!: SurveyTrustItemsType;
}

@ObjectType({ description: 'A new actor proposed by a respondent' })
export class SurveyProposalType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => ID) reporterActorId!: string;
  @Field(() => ID, { nullable: true, description: 'The actor it became; null while it waits' }) actorId!: string | null;
}

@ObjectType()
export class SurveyResultsType {
  @Field(() => SurveyRoundType) round!: SurveyRoundType;
  @Field(() => Int) invited!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Float, { description: 'answered / invited, 0..1' }) responseRate!: number;
  @Field(() => [RespondentStatusType]) respondents!: RespondentStatusType[];
  @Field(() => [ReportedTieType]) ties!: ReportedTieType[];
  @Field(() => [SurveyPairType]) pairs!: SurveyPairType[];
  @Field(() => [SurveyActorScoreType]) actorScores!: SurveyActorScoreType[];
  @Field(() => [SurveyProposalType]) proposals!: SurveyProposalType[];
}

@ObjectType()
export class SkippedTieType {
  @Field(() => String) key!: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
export class SurveyRuleOutcomeType {
  @Field(() => [RelationType]) accepted!: RelationType[];
  @Field(() => [SkippedTieType]) skipped!: SkippedTieType[];
}
