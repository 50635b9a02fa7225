import type { Language } from '@weefsel/graph-schema';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AcceptRule } from '../../services/survey/tie-acceptance';
import { ActorType } from '../actor/actor.type';
import type { GraphQLContext } from '../context';
import { LanguageEnum } from '../enums';
import { ExportedFileType, ExportFormatEnum } from '../interchange-files/interchange-files.type';
import { RelationType } from '../relation/relation.type';
import { SurveyExportFormat, SurveyRoundComparisonType } from './survey-comparison.type';
import { SurveyAcceptRuleEnum } from './survey-enums';
import { NewSurveyRoundInput } from './survey.input';
import { SurveyResultsType, SurveyRuleOutcomeType } from './survey-results.type';
import { CreatedSurveyRoundType, SurveyLinkType, SurveyRoundType } from './survey.type';

/** Network surveys for editors: rounds, links, results and acceptance into the network. */
@Resolver()
export class SurveyResolver {
  @Authorized('editor')
  @Query(() => [SurveyRoundType], { description: 'Every survey round, newest opening first' })
  surveyRounds(@Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.listRounds();
  }

  @Authorized('editor')
  @Query(() => SurveyResultsType, { description: 'Response rate, reported ties with provenance, reciprocity, averages and proposed actors' })
  surveyResults(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string) {
    return ctx.services.surveys.results(roundId);
  }

  @Authorized('editor')
  @Query(() => ExportedFileType, { description: 'A round’s submitted answers, a row per reported partner (without the respondents’ contact)' })
  async exportSurveyAnswers(
    @Ctx() ctx: GraphQLContext,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('format', () => SurveyExportFormat, { defaultValue: SurveyExportFormat.CSV }) format: SurveyExportFormat,
    @Arg('language', () => LanguageEnum, { defaultValue: 'nl' }) language: Language,
  ): Promise<ExportedFileType> {
    const file = await ctx.services.surveys.exportAnswers(roundId, format, language);
    return { fileName: file.fileName, mediaType: file.mediaType, contentBase64: file.content.toString('base64') };
  }

  // Editors only, like exportNetwork and the answers; the contact is never in it.
  @Authorized('editor')
  @Query(() => [ExportedFileType], {
    description: 'A round’s reported ties as a network, in the formats of exportNetwork: the invited actors and the partners they named, one relation per reported tie with the round and reporter in its note',
  })
  async exportSurveyNetwork(
    @Ctx() ctx: GraphQLContext,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('format', () => ExportFormatEnum) format: ExportFormatEnum,
    @Arg('language', () => LanguageEnum, { defaultValue: 'nl' }) language: Language,
  ): Promise<ExportedFileType[]> {
    const files = await ctx.services.surveys.exportNetwork(roundId, format, language, ctx.auth.seesPersonalData);
    return files.map((f) => ({ fileName: f.fileName, mediaType: f.mediaType, contentBase64: f.content.toString('base64') }));
  }

  @Authorized('editor')
  @Query(() => SurveyRoundComparisonType, { description: 'New, kept and lost ties, density, isolated actors and averages of two rounds of one area or project' })
  compareSurveyRounds(@Ctx() ctx: GraphQLContext, @Arg('earlierRoundId', () => ID) earlierRoundId: string, @Arg('laterRoundId', () => ID) laterRoundId: string) {
    return ctx.services.surveys.compareRounds(earlierRoundId, laterRoundId);
  }

  @Authorized('editor')
  @Mutation(() => CreatedSurveyRoundType, { description: 'Creates a round and one personal link per invited actor; the tokens are shown only now' })
  createSurveyRound(@Ctx() ctx: GraphQLContext, @Arg('input', () => NewSurveyRoundInput) input: NewSurveyRoundInput) {
    return ctx.services.surveys.createRound(input, ctx.auth.author);
  }

  @Authorized('editor')
  @Mutation(() => [SurveyLinkType], { description: 'Invites more actors to a round; their tokens are shown only now' })
  inviteToSurvey(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string, @Arg('actorIds', () => [ID]) actorIds: string[]) {
    return ctx.services.surveys.invite(roundId, actorIds);
  }

  @Authorized('editor')
  @Mutation(() => SurveyLinkType, { description: 'A new token for an invitation: the old link stops working, a revoked one works again' })
  reissueSurveyLink(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string, @Arg('invitationId', () => ID) invitationId: string) {
    return ctx.services.surveys.reissueLink(roundId, invitationId);
  }

  @Authorized('editor')
  @Mutation(() => Boolean, { description: 'Withdraws a personal link' })
  revokeSurveyLink(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string, @Arg('invitationId', () => ID) invitationId: string) {
    return ctx.services.surveys.revokeLink(roundId, invitationId);
  }

  @Authorized('editor')
  @Mutation(() => SurveyRoundType, { description: 'Closes a round before its close date: its links stop working' })
  closeSurveyRound(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string) {
    return ctx.services.surveys.closeRound(roundId);
  }

  @Authorized('editor')
  @Mutation(() => RelationType, { description: 'Accepts one reported tie into the network (creates or updates the relation, with provenance in its note)' })
  acceptSurveyTie(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string, @Arg('key', () => String) key: string) {
    return ctx.services.surveys.acceptTie(roundId, key, ctx.auth.author);
  }

  @Authorized('editor')
  @Mutation(() => SurveyRuleOutcomeType, { description: 'Accepts every tie of the pairs a rule chooses' })
  acceptSurveyTies(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string, @Arg('rule', () => SurveyAcceptRuleEnum) rule: AcceptRule) {
    return ctx.services.surveys.acceptByRule(roundId, rule, ctx.auth.author);
  }

  @Authorized('editor')
  @Mutation(() => ActorType, { description: 'Approves a proposed actor: creates it, or links it to existingActorId' })
  approveSurveyProposal(
    @Ctx() ctx: GraphQLContext,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('existingActorId', () => ID, { nullable: true }) existingActorId: string | null,
  ) {
    return ctx.services.surveys.approveProposal(roundId, proposalId, existingActorId ?? null, ctx.auth.author);
  }

  @Authorized('admin')
  @Mutation(() => Boolean, { description: 'GDPR: removes the contact a respondent left; false when there was none' })
  eraseSurveyRespondent(@Ctx() ctx: GraphQLContext, @Arg('roundId', () => ID) roundId: string, @Arg('invitationId', () => ID) invitationId: string) {
    return ctx.services.surveys.eraseRespondent(roundId, invitationId, ctx.auth.author);
  }
}
