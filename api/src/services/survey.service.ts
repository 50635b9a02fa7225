import { codedIssue, ValidationError, type Actor, type Language, type Relation } from '@weefsel/graph-schema';
import type { RespondentLimits } from '../config-security';
import { writeCsv, writeXlsx } from '../interchange-files/write-tables';
import { exportFiles, type ExportedFile, type ExportFormat } from './interchange-files.service';
import type { GraphStore } from '../store/graph-store';
import type { MarkCache } from '../store/mark-cache';
import type { NewSurveyInvitation, NewSurveyRound, SurveyRound } from '../store/survey-store';
import { checkRoundTarget, newRoundRecord } from '../store/shared/survey-records';
import type { WriteAuthor } from '../store/user-audit-store';
import { answerTable } from './survey/answer-table';
import { surveyProblem } from './survey/respondent-access';
import { compareRounds, sameNetwork, type RoundComparison } from './survey/round-comparison';
import { RespondentFlow } from './survey/respondent-flow';
import { roundNetwork } from './survey/round-network';
import { roundReports, surveyResults, type RoundData, type SurveyResults } from './survey/survey-results';
import { actorsOfRound, defaultInvitees } from './survey/survey-invitees';
import { newSurveyId, newSurveyToken } from './survey/survey-tokens';
import { SurveyAcceptance, type RuleOutcome } from './survey/survey-acceptance';
import type { AcceptRule } from './survey/tie-acceptance';

/** A new round as an editor asks for it: the stored round's fields, and who is invited. */
export interface NewRoundRequest extends Omit<NewSurveyRound, 'id' | 'createdBy'> {
  /** Who is invited; absent: the round's actors (see `defaultInvitees`). */
  actorIds?: readonly string[] | null | undefined;
}

export type { RuleOutcome };

/** A personal link's token, shown once: at creation or reissue. Only its hash is stored. */
export interface IssuedLink {
  invitationId: string;
  actorId: string;
  token: string;
}

/**
 * Network surveys for editors: rounds and their links, results, and accepting what respondents
 * reported into the network. The respondents' side is `respond` (token, no login).
 */
export class SurveyService {
  readonly respond: RespondentFlow;
  private readonly acceptance: SurveyAcceptance;

  constructor(
    private readonly store: GraphStore,
    today: () => string,
    respondentLimits: RespondentLimits,
    cache?: MarkCache,
  ) {
    this.respond = new RespondentFlow(store, today, respondentLimits, cache);
    this.acceptance = new SurveyAcceptance(store, (roundId) => this.roundData(roundId));
  }

  private async issue(actorIds: readonly string[]): Promise<{ invitations: NewSurveyInvitation[]; links: IssuedLink[] }> {
    const made = actorIds.map((actorId) => ({ actorId, id: newSurveyId('inv'), ...newSurveyToken() }));
    return {
      invitations: made.map(({ id, actorId, tokenHash }) => ({ id, actorId, tokenHash })),
      links: made.map(({ id, actorId, token }) => ({ invitationId: id, actorId, token })),
    };
  }

  async createRound(request: NewRoundRequest, who: WriteAuthor): Promise<{ round: SurveyRound; links: IssuedLink[] }> {
    const { actorIds: chosen, ...fields } = request;
    const input = { ...fields, areaId: request.areaId ?? null, projectId: request.projectId ?? null, id: newSurveyId('sr'), createdBy: who.userName };
    // The store's own checks first, so a bad area is refused at `areaId` before its actors are listed.
    const draft = newRoundRecord(input, new Date().toISOString());
    const targetId = draft.areaId ?? draft.projectId ?? '';
    checkRoundTarget(draft, await this.store.getActor(targetId), false);
    const actorIds = chosen ?? defaultInvitees(await actorsOfRound(this.store, draft)).map((a) => a.id);
    if (actorIds.length === 0) throw new ValidationError('createSurveyRound', [codedIssue('actorIds', 'noInvitees')]);
    const { invitations, links } = await this.issue(actorIds);
    const round = await this.store.createSurveyRound(input, invitations, who);
    return { round, links };
  }

  listRounds(): Promise<SurveyRound[]> {
    return this.store.listSurveyRounds();
  }

  async round(id: string): Promise<SurveyRound> {
    const round = await this.store.getSurveyRound(id);
    if (!round) throw surveyProblem('surveyRound', 'unknownSurveyRound', { id }, 'roundId');
    return round;
  }

  closeRound(id: string): Promise<SurveyRound> {
    return this.store.setSurveyRoundStatus(id, 'CLOSED');
  }

  async invite(roundId: string, actorIds: readonly string[]): Promise<IssuedLink[]> {
    const { invitations, links } = await this.issue(actorIds);
    await this.store.addSurveyInvitations(roundId, invitations);
    return links;
  }

  private async invitation(roundId: string, invitationId: string) {
    const found = (await this.store.listSurveyInvitations(roundId)).find((i) => i.id === invitationId);
    if (!found) throw surveyProblem('surveyInvitation', 'unknownInvitation', { id: invitationId }, 'invitationId');
    return found;
  }

  /** A new token for the invitation (the old link stops working; a revoked one works again). */
  async reissueLink(roundId: string, invitationId: string): Promise<IssuedLink> {
    const invitation = await this.invitation(roundId, invitationId);
    const { token, tokenHash } = newSurveyToken();
    await this.store.updateSurveyInvitation(invitation.id, { tokenHash });
    return { invitationId, actorId: invitation.actorId, token };
  }

  async revokeLink(roundId: string, invitationId: string): Promise<boolean> {
    const invitation = await this.invitation(roundId, invitationId);
    await this.store.updateSurveyInvitation(invitation.id, { revokedAt: new Date().toISOString() });
    return true;
  }

  private async roundData(roundId: string): Promise<RoundData> {
    const round = await this.round(roundId);
    const [invitations, answers, acceptances] = await Promise.all([
      this.store.listSurveyInvitations(roundId),
      this.store.listSurveyAnswers(roundId),
      this.store.listSurveyAcceptances(roundId),
    ]);
    return { round, invitations, answers, acceptances };
  }

  private async actorsById(ids: Iterable<string>): Promise<Map<string, Actor>> {
    return new Map((await this.store.getActors([...new Set(ids)])).map((a) => [a.id, a]));
  }

  async results(roundId: string): Promise<SurveyResults> {
    const data = await this.roundData(roundId);
    return surveyResults(data, await this.actorsById(data.invitations.map((i) => i.actorId)));
  }

  /** Accepts one reported tie (by key) into the network; see SurveyAcceptance. */
  acceptTie(roundId: string, key: string, who: WriteAuthor): Promise<Relation> {
    return this.acceptance.acceptTie(roundId, key, who);
  }

  acceptByRule(roundId: string, rule: AcceptRule, who: WriteAuthor): Promise<RuleOutcome> {
    return this.acceptance.acceptByRule(roundId, rule, who);
  }

  approveProposal(roundId: string, proposalId: string, existingActorId: string | null, who: WriteAuthor): Promise<Actor> {
    return this.acceptance.approveProposal(roundId, proposalId, existingActorId, who);
  }

  /** A round's submitted answers as a CSV or XLSX file (see answerTable), with the one table writer of the exports. */
  async exportAnswers(roundId: string, format: 'CSV' | 'XLSX', language: Language): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    const data = await this.roundData(roundId);
    const partnerIds = data.answers.flatMap((a) => a.submitted?.partners.flatMap((p) => (p.partnerActorId ? [p.partnerActorId] : [])) ?? []);
    const table = answerTable(data, await this.actorsById([...data.invitations.map((i) => i.actorId), ...partnerIds]), language);
    const base = `netwerkbevraging-${roundId}`;
    return format === 'CSV'
      ? { fileName: `${base}.csv`, mediaType: 'text/csv', content: writeCsv(table) }
      : { fileName: `${base}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await writeXlsx([table]) };
  }

  /**
   * A round's reported network (see roundNetwork) in any format of the network export, written by
   * the same writer (`exportFiles`); never the respondents' contact.
   */
  async exportNetwork(roundId: string, format: ExportFormat, language: Language, seesPersonalData: boolean): Promise<ExportedFile[]> {
    const data = await this.roundData(roundId);
    const { ties } = roundReports(data);
    const actors = await this.actorsById([...data.invitations.map((i) => i.actorId), ...ties.flatMap((t) => (t.partnerActorId ? [t.partnerActorId] : []))]);
    return exportFiles(roundNetwork(data, actors, seesPersonalData), format, `netwerkbevraging-${roundId}`, language);
  }

  /** New, kept and lost ties, density, isolated actors and averages of two rounds of the same area or project. */
  async compareRounds(earlierId: string, laterId: string): Promise<RoundComparison> {
    const [earlier, later] = await Promise.all([this.roundData(earlierId), this.roundData(laterId)]);
    if (!sameNetwork(earlier.round, later.round)) {
      throw surveyProblem('compareSurveyRounds', 'roundsNotComparable', { earlier: earlierId, later: laterId }, 'laterRoundId');
    }
    const endpoints = [earlier, later].flatMap((data) => roundReports(data).pairs.flatMap((p) => [p.a, p.b]));
    const actors = await this.actorsById(endpoints);
    return compareRounds(earlier, later, (id) => actors.get(id)?.domains);
  }

  /** GDPR: removes the contact a respondent left (draft and submission); audited. */
  async eraseRespondent(roundId: string, invitationId: string, who: WriteAuthor): Promise<boolean> {
    const invitation = await this.invitation(roundId, invitationId);
    return this.store.eraseRespondent(invitation.id, who);
  }
}
