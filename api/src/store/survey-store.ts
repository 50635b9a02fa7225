import type { CollaborationLevel, ContactFrequency, ItemAnswers, NodeKind, RelationKind, SurveyRoundStatus, SurveyTieDirection, TrustItem, ValueItem } from '@weefsel/graph-schema';
import type { WriteAuthor } from './user-audit-store';

/** A round of the network survey (netwerkbevraging) for one area or one project. */
export interface SurveyRound {
  id: string;
  title: string;
  intro: string | null;
  /** Exactly one of areaId and projectId is set. */
  areaId: string | null;
  projectId: string | null;
  /** First and last day (inclusive, in Brussels) on which answers are taken. */
  opensOn: string;
  closesOn: string;
  /** The user name of the editor who created it. */
  createdBy: string;
  status: SurveyRoundStatus;
  createdAt: string;
}

export interface NewSurveyRound {
  id: string;
  title: string;
  intro?: string | null | undefined;
  areaId?: string | null | undefined;
  projectId?: string | null | undefined;
  opensOn: string;
  closesOn: string;
  createdBy: string;
}

/**
 * One invited actor's personal link. Only the SHA-256 hash of its token is stored: the token
 * itself is shown once, when it is made, so a copy of the database opens no form.
 */
export interface SurveyInvitation {
  id: string;
  roundId: string;
  actorId: string;
  tokenHash: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  createdAt: string;
}

export interface NewSurveyInvitation {
  id: string;
  actorId: string;
  tokenHash: string;
}

export interface SurveyInvitationChanges {
  /** A new token (reissue); also lifts a revocation. */
  tokenHash?: string | undefined;
  revokedAt?: string | null | undefined;
  lastSeenAt?: string | undefined;
}

/** Who filled in the form. Personal data: erasable, never shown to other respondents nor to viewers. */
export interface RespondentContact {
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
}

/** An actor a respondent names that is not in the network yet; an editor approves it or not. */
export interface ProposedActor {
  name: string;
  kind: NodeKind;
  place?: string | null | undefined;
}

/** One partner as a respondent reports it; exactly one of `partnerActorId` and `proposedActor`. */
export interface ReportedPartner {
  partnerActorId?: string | null | undefined;
  proposedActor?: ProposedActor | null | undefined;
  relationKind: RelationKind;
  /** For a directed kind, which end the respondent is; absent: the source. */
  direction?: SurveyTieDirection | null | undefined;
  level: CollaborationLevel;
  frequency?: ContactFrequency | null | undefined;
  /**
   * PARTNER's value and trust items, each 1-4, only those answered; the score is their mean
   * (graph-schema `surveyScore`). Stored as given, the score is never stored.
   */
  valueItems?: ItemAnswers<ValueItem> | null | undefined;
  trustItems?: ItemAnswers<TrustItem> | null | undefined;
  /** The single 1-4 score of answers from before the items; never given beside the items. */
  value?: number | null | undefined;
  trust?: number | null | undefined;
  since?: string | null | undefined;
  note?: string | null | undefined;
}

/** What a respondent fills in. */
export interface SurveyAnswerBody {
  contact?: RespondentContact | null | undefined;
  partners: ReportedPartner[];
}

/**
 * The answer of one invitation: the last draft and the last submission, kept apart so a draft
 * begun after submitting does not take the submission out of the results until it is submitted.
 */
export interface SurveyAnswer {
  invitationId: string;
  roundId: string;
  draft: SurveyAnswerBody | null;
  draftSavedAt: string | null;
  submitted: SurveyAnswerBody | null;
  submittedAt: string | null;
}

/**
 * An editor's decision on what respondents reported: a tie accepted into the network (`resultId`
 * is the relation) or a proposed actor approved (`resultId` is the new actor). One per round,
 * subject and key: accepting again replaces it.
 */
export interface SurveyAcceptance {
  roundId: string;
  subject: 'tie' | 'actor';
  /** The reported tie's key (see services/survey/reported-ties.ts) or the proposal's id. */
  reportKey: string;
  resultId: string;
  acceptedBy: string;
  acceptedAt: string;
}

/**
 * Network surveys, kept beside the graph but apart from it: rounds, invitations, answers and
 * acceptances are never actors or relations, so analysis never sees them, and writing them does
 * not move the change mark (like positions). Only an accepted tie reaches the graph, through
 * `upsertRelation`. Writes are transactional; bad input is a ValidationError naming the field.
 */
export interface SurveyStore {
  /**
   * Stores a round with its invitations in one transaction, and audits it (without tokens).
   * ValidationError for a taken round or invitation id or token hash, an unknown or wrong-kind
   * area or project, an unknown invited actor or one invited twice.
   */
  createSurveyRound(round: NewSurveyRound, invitations: readonly NewSurveyInvitation[], who?: WriteAuthor): Promise<SurveyRound>;
  getSurveyRound(id: string): Promise<SurveyRound | null>;
  /** Newest opening first, then id. */
  listSurveyRounds(): Promise<SurveyRound[]>;
  /** ValidationError at `id` for an unknown round. */
  setSurveyRoundStatus(id: string, status: SurveyRoundStatus): Promise<SurveyRound>;

  /** Sorted by id. */
  listSurveyInvitations(roundId: string): Promise<SurveyInvitation[]>;
  findSurveyInvitation(tokenHash: string): Promise<SurveyInvitation | null>;
  /** Adds invitations to an existing round (same checks as at creation). */
  addSurveyInvitations(roundId: string, invitations: readonly NewSurveyInvitation[]): Promise<SurveyInvitation[]>;
  /** ValidationError at `id` for an unknown invitation, at `tokenHash` for a hash in use. */
  updateSurveyInvitation(id: string, changes: SurveyInvitationChanges): Promise<SurveyInvitation>;

  getSurveyAnswer(invitationId: string): Promise<SurveyAnswer | null>;
  /** Every answer of a round, sorted by invitation id. */
  listSurveyAnswers(roundId: string): Promise<SurveyAnswer[]>;
  /**
   * Saves the invitation's draft, or submits it (replacing an earlier submission and dropping the
   * draft). The body is validated (ValidationError at `partners[2].trust`...). A submission is
   * audited with counts only, never the contact, so erasing a respondent rewrites no audit entry.
   */
  saveSurveyAnswer(invitationId: string, body: SurveyAnswerBody, mode: 'draft' | 'submit', who?: WriteAuthor): Promise<SurveyAnswer>;
  /** Removes the respondent's contact from the draft and the submission; audited. False when there was none. */
  eraseRespondent(invitationId: string, who: WriteAuthor): Promise<boolean>;

  /** Creates or replaces the acceptance of (roundId, subject, reportKey). */
  recordSurveyAcceptance(acceptance: SurveyAcceptance): Promise<SurveyAcceptance>;
  /** Sorted by subject, then key. */
  listSurveyAcceptances(roundId: string): Promise<SurveyAcceptance[]>;
}
