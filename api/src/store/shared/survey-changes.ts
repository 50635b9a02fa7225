import { codedIssue, ValidationError, type CodedIssue } from '@weefsel/graph-schema';
import type { SurveyAcceptance, SurveyInvitation, SurveyInvitationChanges } from '../survey-store';
import { unknownRound } from './survey-records';

/**
 * An invitation after a change. A new token hash must be free (`holder` is the invitation that
 * has it, if any) and lifts a revocation: reissuing is how a revoked respondent gets back in.
 */
export function invitationAfterChange(before: SurveyInvitation, changes: SurveyInvitationChanges, holder: SurveyInvitation | null): SurveyInvitation {
  const after = { ...before };
  if (changes.tokenHash !== undefined) {
    if (!/^[0-9a-f]{64}$/.test(changes.tokenHash) || (holder && holder.id !== before.id)) {
      throw new ValidationError('updateSurveyInvitation', [codedIssue('tokenHash', 'invitationTaken', { id: before.id })]);
    }
    after.tokenHash = changes.tokenHash;
    after.revokedAt = null;
  }
  if (changes.revokedAt !== undefined) after.revokedAt = changes.revokedAt;
  if (changes.lastSeenAt !== undefined) after.lastSeenAt = changes.lastSeenAt;
  return after;
}

/** An acceptance as stored: for a known round, a tie or an actor, with a key and a result. */
export function checkAcceptance(acceptance: SurveyAcceptance, roundExists: boolean): SurveyAcceptance {
  if (!roundExists) throw unknownRound('recordSurveyAcceptance', acceptance.roundId);
  const issues: CodedIssue[] = [];
  if (acceptance.subject !== 'tie' && acceptance.subject !== 'actor') issues.push(codedIssue('subject', 'unknownValue', { property: 'subject', value: String(acceptance.subject) }));
  for (const field of ['reportKey', 'resultId', 'acceptedBy', 'acceptedAt'] as const) {
    if (typeof acceptance[field] !== 'string' || acceptance[field] === '') issues.push(codedIssue(field, 'required'));
  }
  if (issues.length > 0) throw new ValidationError('recordSurveyAcceptance', issues);
  const { roundId, subject, reportKey, resultId, acceptedBy, acceptedAt } = acceptance;
  return { roundId, subject, reportKey, resultId, acceptedBy, acceptedAt };
}
