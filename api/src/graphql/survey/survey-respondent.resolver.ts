import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../auth/auth-checker';
import type { GraphQLContext } from '../context';
import { SurveyAnswerInput } from './survey.input';
import { SurveyActorType, SurveyFormType, SurveySavedType } from './survey.type';

const clientOf = (ctx: GraphQLContext) => ctx.http?.clientKey ?? 'local';

/**
 * The respondent's side: no login, the personal link's token is the key. It opens only its own
 * form and answer; every call is rate limited per token and per address (RespondentFlow).
 */
@Resolver()
export class SurveyRespondentResolver {
  @Public()
  @Query(() => SurveyFormType, { description: 'The form a personal link opens' })
  surveyForm(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string) {
    return ctx.services.surveys.respond.form(token, clientOf(ctx));
  }

  @Public()
  @Query(() => [SurveyActorType], { description: 'Actors by name, also outside the round (names and kinds only, no people)' })
  surveySearch(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string, @Arg('text', () => String) text: string) {
    return ctx.services.surveys.respond.search(token, text, clientOf(ctx));
  }

  @Public()
  @Mutation(() => SurveySavedType, { description: 'Saves a draft; the submission stays as it was until the next submit' })
  saveSurveyDraft(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string, @Arg('answer', () => SurveyAnswerInput) answer: SurveyAnswerInput) {
    return ctx.services.surveys.respond.save(token, answer, 'draft', clientOf(ctx));
  }

  @Public()
  @Mutation(() => SurveySavedType, { description: 'Submits the answer, replacing an earlier submission' })
  submitSurveyAnswer(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string, @Arg('answer', () => SurveyAnswerInput) answer: SurveyAnswerInput) {
    return ctx.services.surveys.respond.save(token, answer, 'submit', clientOf(ctx));
  }
}
