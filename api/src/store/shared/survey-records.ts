import {
  codedIssue,
  isAreaKind,
  surveyLimits,
  unscoredIssues,
  validateSurveyAnswerBody,
  validateSurveyRound,
  ValidationError,
  type Actor,
  type CodedIssue,
} from '@weefsel/graph-schema';
import type { NewSurveyInvitation, NewSurveyRound, SurveyAnswer, SurveyAnswerBody, SurveyInvitation, SurveyRound } from '../survey-store';
import type { AuditEntry, WriteAuthor } from '../user-audit-store';
import { auditEntry } from './audit-entries';

// The rules of the survey store, shared by both adapters: each adapter loads what a rule needs,
// calls it inside its transaction, and writes what it returns.

/** A validated round as stored, still to be checked against its area or project (`checkRoundTarget`). */
export function newRoundRecord(input: NewSurveyRound, now: string): SurveyRound {
  const valid = validateSurveyRound(input);
  return {
    id: valid.id,
    title: valid.title,
    intro: valid.intro ?? null,
    areaId: valid.areaId ?? null,
    projectId: valid.projectId ?? null,
    opensOn: valid.opensOn,
    closesOn: valid.closesOn,
    createdBy: valid.createdBy,
    status: 'OPEN',
    createdAt: now,
  };
}

/** A round is for an area (care zone, municipality, neighbourhood) or for a project. */
export function checkRoundTarget(round: SurveyRound, target: Actor | null, roundTaken: boolean): void {
  const issues: CodedIssue[] = [];
  if (roundTaken) issues.push(codedIssue('id', 'surveyRoundIdTaken', { id: round.id }));
  const path = round.areaId ? 'areaId' : 'projectId';
  const id = round.areaId ?? round.projectId ?? '';
  if (!target) issues.push(codedIssue(path, 'unknownActor', { id }));
  else if (round.areaId && !isAreaKind(target.kind)) issues.push(codedIssue(path, 'notAnArea', { id, kind: target.kind }));
  else if (round.projectId && target.kind !== 'Project') issues.push(codedIssue(path, 'notAProject', { id, kind: target.kind }));
  if (issues.length > 0) throw new ValidationError('createSurveyRound', issues);
}

/** What the store already holds that new invitations must not collide with. */
export interface InvitationContext {
  knownActors: ReadonlySet<string>;
  takenIds: ReadonlySet<string>;
  takenHashes: ReadonlySet<string>;
  /** Actors invited to this round already. */
  invited: ReadonlySet<string>;
}

/** The actor ids, invitation ids and hashes to look up before `checkInvitations`. */
export function invitationKeys(invitations: readonly NewSurveyInvitation[]) {
  return { actorIds: invitations.map((i) => i.actorId), ids: invitations.map((i) => i.id), hashes: invitations.map((i) => i.tokenHash) };
}

export function checkInvitations(operation: string, invitations: readonly NewSurveyInvitation[], context: InvitationContext, total = invitations.length): void {
  const issues: CodedIssue[] = [];
  if (total > surveyLimits.invitationsPerRound) issues.push(codedIssue('invitations', 'tooLarge', { max: surveyLimits.invitationsPerRound }));
  const seenActors = new Set(context.invited);
  const seenIds = new Set(context.takenIds);
  const seenHashes = new Set(context.takenHashes);
  invitations.forEach((invitation, i) => {
    const path = `invitations[${i}]`;
    if (!context.knownActors.has(invitation.actorId)) issues.push(codedIssue(`${path}.actorId`, 'unknownActor', { id: invitation.actorId }));
    else if (seenActors.has(invitation.actorId)) issues.push(codedIssue(`${path}.actorId`, 'duplicateInvitation', { id: invitation.actorId }));
    if (seenIds.has(invitation.id)) issues.push(codedIssue(`${path}.id`, 'invitationTaken', { id: invitation.id }));
    // A hash is not shown in the message: it is as good as a token to whoever can invert it.
    if (seenHashes.has(invitation.tokenHash) || !/^[0-9a-f]{64}$/.test(invitation.tokenHash)) issues.push(codedIssue(`${path}.tokenHash`, 'invitationTaken', { id: invitation.id }));
    seenActors.add(invitation.actorId);
    seenIds.add(invitation.id);
    seenHashes.add(invitation.tokenHash);
  });
  if (issues.length > 0) throw new ValidationError(operation, issues);
}

export function invitationRecords(roundId: string, invitations: readonly NewSurveyInvitation[], now: string): SurveyInvitation[] {
  return invitations.map((i) => ({ id: i.id, roundId, actorId: i.actorId, tokenHash: i.tokenHash, revokedAt: null, lastSeenAt: null, createdAt: now }));
}

export function unknownRound(operation: string, id: string): ValidationError {
  return new ValidationError(operation, [codedIssue('id', 'unknownSurveyRound', { id })]);
}

export function unknownInvitation(operation: string, id: string, path = 'id'): ValidationError {
  return new ValidationError(operation, [codedIssue(path, 'unknownInvitation', { id })]);
}

/** The partner ids an answer names, to look up before `answerAfterSave`. */
export function namedPartnerIds(body: SurveyAnswerBody): string[] {
  return [...new Set(body.partners.flatMap((p) => (p.partnerActorId ? [p.partnerActorId] : [])))];
}

/**
 * The answer after saving `body` as a draft or a submission. Validated first; a partner must be a
 * known actor other than the respondent itself, and in a submission (not a draft, which may be half
 * done) have a value and a trust score: the form's rule (`unscoredIssues`), so a client that skips
 * the form is held to it too. Empty contact fields are dropped.
 */
export function answerAfterSave(
  previous: SurveyAnswer | null,
  invitation: SurveyInvitation,
  input: SurveyAnswerBody,
  mode: 'draft' | 'submit',
  knownPartners: ReadonlySet<string>,
  now: string,
): SurveyAnswer {
  const valid = validateSurveyAnswerBody(input);
  const issues: CodedIssue[] = [];
  valid.partners.forEach((p, i) => {
    if (!p.partnerActorId) return;
    if (p.partnerActorId === invitation.actorId) issues.push(codedIssue(`partners[${i}].partnerActorId`, 'selfAsPartner'));
    else if (!knownPartners.has(p.partnerActorId)) issues.push(codedIssue(`partners[${i}].partnerActorId`, 'unknownActor', { id: p.partnerActorId }));
  });
  if (mode === 'submit') issues.push(...unscoredIssues(valid.partners));
  if (issues.length > 0) throw new ValidationError('saveSurveyAnswer', issues);
  const contact = Object.fromEntries(Object.entries(valid.contact ?? {}).filter(([, v]) => typeof v === 'string' && v !== ''));
  const body: SurveyAnswerBody = { contact: Object.keys(contact).length > 0 ? contact : null, partners: valid.partners };
  const base: SurveyAnswer = previous ?? { invitationId: invitation.id, roundId: invitation.roundId, draft: null, draftSavedAt: null, submitted: null, submittedAt: null };
  return mode === 'submit' ? { ...base, draft: null, draftSavedAt: null, submitted: body, submittedAt: now } : { ...base, draft: body, draftSavedAt: now };
}

/** A submission's audit entry: ids and counts, never the contact (erasing it then touches no entry). */
export function submissionEntry(who: WriteAuthor | undefined, answer: SurveyAnswer, replaced: boolean, now: string): AuditEntry {
  const partners = answer.submitted?.partners ?? [];
  const after = { roundId: answer.roundId, invitationId: answer.invitationId, partners: partners.length, proposedActors: partners.filter((p) => p.proposedActor).length, replaced };
  return auditEntry(who, 'submitSurveyAnswer', { type: 'survey', id: answer.invitationId }, null, after, now);
}

export function roundEntry(who: WriteAuthor | undefined, round: SurveyRound, invited: number): AuditEntry {
  return auditEntry(who, 'createSurveyRound', { type: 'survey', id: round.id }, null, { ...round, invited }, round.createdAt);
}

/** The answer without the respondent's contact, or null when it held none. */
export function withoutContact(answer: SurveyAnswer | null): SurveyAnswer | null {
  if (!answer || (!answer.draft?.contact && !answer.submitted?.contact)) return null;
  const strip = (body: SurveyAnswerBody | null) => (body ? { ...body, contact: null } : null);
  return { ...answer, draft: strip(answer.draft), submitted: strip(answer.submitted) };
}

export function erasureEntry(who: WriteAuthor, answer: SurveyAnswer, now: string): AuditEntry {
  return auditEntry(who, 'eraseRespondent', { type: 'survey', id: answer.invitationId }, null, { roundId: answer.roundId, invitationId: answer.invitationId }, now);
}

/** Newest opening first, then id: the order `listSurveyRounds` promises. */
export function byOpeningDesc(a: SurveyRound, b: SurveyRound): number {
  return b.opensOn.localeCompare(a.opensOn) || a.id.localeCompare(b.id);
}

export function acceptanceKey(a: { roundId: string; subject: string; reportKey: string }): string {
  return `${a.roundId}|${a.subject}|${a.reportKey}`;
}
