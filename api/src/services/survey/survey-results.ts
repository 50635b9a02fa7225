import type { Actor, NodeKind } from '@weefsel/graph-schema';
import type { SurveyAcceptance, SurveyAnswer, SurveyInvitation, SurveyRound } from '../../store/survey-store';
import { actorScores, pairReports, type ActorScore, type PairReport } from './reciprocity';
import { proposalsOf, reportedTies, type Proposal, type ReportedTie } from './reported-ties';
import { rounded } from './score-averages';

/** One invited actor and where its answer stands (the reminders list is those without `submittedAt`). */
export interface RespondentStatus {
  invitationId: string;
  actorId: string;
  actorName: string;
  actorKind: NodeKind | null;
  submittedAt: string | null;
  draftSavedAt: string | null;
  lastSeenAt: string | null;
  revoked: boolean;
}

export interface SurveyResults {
  round: SurveyRound;
  invited: number;
  answered: number;
  /** answered / invited, 0..1 (0 for a round that invites no one). */
  responseRate: number;
  respondents: RespondentStatus[];
  ties: (ReportedTie & { acceptedRelationId: string | null })[];
  pairs: PairReport[];
  actorScores: ActorScore[];
  proposals: Proposal[];
  acceptances: SurveyAcceptance[];
}

export interface RoundData {
  round: SurveyRound;
  invitations: SurveyInvitation[];
  answers: SurveyAnswer[];
  acceptances: SurveyAcceptance[];
}

/** The reported ties and proposals of a round, resolved against the approvals made so far. */
export function roundReports(data: RoundData) {
  const proposals = proposalsOf(data.round.id, data.answers, data.invitations, data.acceptances);
  const ties = reportedTies(data.round.id, data.answers, data.invitations, proposals);
  const actorOf = new Map(data.invitations.map((i) => [i.id, i.actorId]));
  const respondents = new Set(data.answers.filter((a) => a.submitted).flatMap((a) => actorOf.get(a.invitationId) ?? []));
  return { proposals, ties, respondents, pairs: pairReports(ties, respondents) };
}

export function surveyResults(data: RoundData, actors: ReadonlyMap<string, Actor>): SurveyResults {
  const { proposals, ties, pairs } = roundReports(data);
  const answers = new Map(data.answers.map((a) => [a.invitationId, a]));
  const respondents = data.invitations.map((i) => ({
    invitationId: i.id,
    actorId: i.actorId,
    actorName: actors.get(i.actorId)?.name ?? i.actorId,
    actorKind: actors.get(i.actorId)?.kind ?? null,
    submittedAt: answers.get(i.id)?.submittedAt ?? null,
    draftSavedAt: answers.get(i.id)?.draftSavedAt ?? null,
    lastSeenAt: i.lastSeenAt,
    revoked: i.revokedAt !== null,
  }));
  const answered = respondents.filter((r) => r.submittedAt !== null).length;
  const accepted = new Map(data.acceptances.filter((a) => a.subject === 'tie').map((a) => [a.reportKey, a.resultId]));
  return {
    round: data.round,
    invited: respondents.length,
    answered,
    responseRate: respondents.length === 0 ? 0 : Math.round((answered / respondents.length) * 1000) / 1000,
    respondents,
    // A tie's scores to two decimals, as the averages (which are taken of the unrounded scores).
    ties: ties.map((t) => ({ ...t, value: rounded(t.value), trust: rounded(t.trust), acceptedRelationId: accepted.get(t.key) ?? null })),
    pairs,
    actorScores: actorScores(ties),
    proposals,
    acceptances: data.acceptances,
  };
}
