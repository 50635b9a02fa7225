import { codedIssue, ValidationError, type ProblemCode, type ProblemParams } from '@weefsel/graph-schema';
import type { GraphStore } from '../../store/graph-store';
import type { SurveyInvitation, SurveyRound } from '../../store/survey-store';
import { hashSurveyToken, looksLikeSurveyToken } from './survey-tokens';

export function surveyProblem(operation: string, code: ProblemCode, params: ProblemParams = {}, path = 'token'): ValidationError {
  return new ValidationError(operation, [codedIssue(path, code, params)]);
}

/** A round takes answers while it is OPEN and today (in Brussels) lies between its dates. */
export function checkRoundOpen(operation: string, round: SurveyRound, today: string): void {
  if (round.status === 'CLOSED' || today > round.closesOn) throw surveyProblem(operation, 'surveyClosed', { closesOn: round.closesOn });
  if (today < round.opensOn) throw surveyProblem(operation, 'surveyNotOpenYet', { opensOn: round.opensOn });
}

/**
 * The invitation and round a respondent's token opens, or a ValidationError at `token` that says
 * why not: unknown (also for a malformed token, so its shape tells nothing), withdrawn, not open
 * yet or closed. Expiry is the round's: a link works exactly while its round takes answers.
 */
export async function openByToken(store: GraphStore, operation: string, token: string, today: string): Promise<{ invitation: SurveyInvitation; round: SurveyRound }> {
  const invitation = looksLikeSurveyToken(token) ? await store.findSurveyInvitation(hashSurveyToken(token)) : null;
  const round = invitation ? await store.getSurveyRound(invitation.roundId) : null;
  if (!invitation || !round) throw surveyProblem(operation, 'surveyLinkUnknown');
  if (invitation.revokedAt) throw surveyProblem(operation, 'surveyLinkRevoked');
  checkRoundOpen(operation, round, today);
  return { invitation, round };
}
