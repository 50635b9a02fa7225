import { createHash } from 'node:crypto';
import { deriveRelationId, foldText, itemAnswersOf, relationKinds, surveyScore, type CollaborationLevel, type ContactFrequency, type NodeKind, type RelationKind, type SurveyTieDirection, type TrustItem, type ValueItem } from '@weefsel/graph-schema';
import type { ProposedActor, ReportedPartner, SurveyAcceptance, SurveyAnswer, SurveyInvitation } from '../../store/survey-store';

/** One partner named in one submitted answer, with where it came from. */
export interface ReportedTie {
  /**
   * The relation the tie would become: `deriveRelationId(kind, source, target)`, so both sides'
   * reports of one tie share it (of an undirected kind in any order, of a directed kind when both
   * say the same direction).
   */
  key: string;
  roundId: string;
  invitationId: string;
  reporterActorId: string;
  /** The partner actor; for a proposed actor, the approved actor or null while it waits. */
  partnerActorId: string | null;
  proposalId: string | null;
  relationKind: RelationKind;
  /** FROM_RESPONDENT for every undirected kind; TO_RESPONDENT: "the partner refers to us". */
  direction: SurveyTieDirection;
  /** The ends of the relation it would become (null for a proposal still waiting). */
  sourceActorId: string | null;
  targetActorId: string | null;
  level: CollaborationLevel;
  frequency: ContactFrequency | null;
  /** The scores (graph-schema `surveyScore`: the mean of the items answered, unrounded) and the items answered. */
  value: number | null;
  trust: number | null;
  valueItems: Partial<Record<ValueItem, number>>;
  trustItems: Partial<Record<TrustItem, number>>;
  since: string | null;
  note: string | null;
}

/** A new actor proposed by a respondent, identified by who proposed it and its folded name and kind. */
export interface Proposal extends ProposedActor {
  id: string;
  roundId: string;
  invitationId: string;
  reporterActorId: string;
  /** The actor it became when an editor approved it; null while it waits. */
  actorId: string | null;
}

/** Stable across resubmissions: the same respondent proposing the same name and kind is one proposal. */
export function proposalId(invitationId: string, actor: ProposedActor): string {
  const digest = createHash('sha256').update(`${invitationId}|${foldText(actor.name)}|${actor.kind}`).digest('hex');
  return `prop-${digest.slice(0, 16)}`;
}

/** The submitted answers of a round with their invitations; drafts never count. */
export function submittedOf(answers: readonly SurveyAnswer[], invitations: readonly SurveyInvitation[]) {
  const byId = new Map(invitations.map((i) => [i.id, i]));
  return answers.flatMap((answer) => {
    const invitation = byId.get(answer.invitationId);
    return answer.submitted && invitation ? [{ invitation, partners: answer.submitted.partners }] : [];
  });
}

export function proposalsOf(roundId: string, answers: readonly SurveyAnswer[], invitations: readonly SurveyInvitation[], acceptances: readonly SurveyAcceptance[]): Proposal[] {
  const approved = new Map(acceptances.filter((a) => a.subject === 'actor').map((a) => [a.reportKey, a.resultId]));
  const found = new Map<string, Proposal>();
  for (const { invitation, partners } of submittedOf(answers, invitations)) {
    for (const p of partners) {
      if (!p.proposedActor) continue;
      const id = proposalId(invitation.id, p.proposedActor);
      const actor = { name: p.proposedActor.name, kind: p.proposedActor.kind as NodeKind, place: p.proposedActor.place ?? null };
      found.set(id, { id, roundId, invitationId: invitation.id, reporterActorId: invitation.actorId, ...actor, actorId: approved.get(id) ?? null });
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function tieOf(roundId: string, invitation: SurveyInvitation, partner: ReportedPartner, proposals: ReadonlyMap<string, Proposal>): ReportedTie {
  const proposal = partner.proposedActor ? (proposals.get(proposalId(invitation.id, partner.proposedActor)) ?? null) : null;
  const partnerActorId = partner.partnerActorId ?? proposal?.actorId ?? null;
  const direction = relationKinds[partner.relationKind].directed ? (partner.direction ?? 'FROM_RESPONDENT') : 'FROM_RESPONDENT';
  const [sourceActorId, targetActorId] = direction === 'FROM_RESPONDENT' ? [invitation.actorId, partnerActorId] : [partnerActorId, invitation.actorId];
  const key =
    sourceActorId && targetActorId
      ? deriveRelationId(partner.relationKind, sourceActorId, targetActorId)
      : `${partner.relationKind}|${direction === 'FROM_RESPONDENT' ? '' : '<-'}${invitation.actorId}|${proposal?.id ?? ''}`;
  return {
    key,
    roundId,
    invitationId: invitation.id,
    reporterActorId: invitation.actorId,
    partnerActorId,
    proposalId: proposal?.id ?? null,
    relationKind: partner.relationKind,
    direction,
    sourceActorId: partnerActorId ? sourceActorId : null,
    targetActorId: partnerActorId ? targetActorId : null,
    level: partner.level,
    frequency: partner.frequency ?? null,
    value: surveyScore(partner, 'value'),
    trust: surveyScore(partner, 'trust'),
    valueItems: itemAnswersOf(partner, 'value'),
    trustItems: itemAnswersOf(partner, 'trust'),
    since: partner.since ?? null,
    note: partner.note ?? null,
  };
}

/** Every tie reported in the submitted answers, sorted by key and reporter. */
export function reportedTies(roundId: string, answers: readonly SurveyAnswer[], invitations: readonly SurveyInvitation[], proposals: readonly Proposal[]): ReportedTie[] {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  return submittedOf(answers, invitations)
    .flatMap(({ invitation, partners }) => partners.map((p) => tieOf(roundId, invitation, p, byId)))
    .sort((a, b) => a.key.localeCompare(b.key) || a.reporterActorId.localeCompare(b.reporterActorId));
}
