import { nodeKinds, relationKinds, ValidationError, type Actor, type Relation } from '@weefsel/graph-schema';
import type { GraphStore } from '../../store/graph-store';
import type { WriteAuthor } from '../../store/user-audit-store';
import type { ReportedTie } from './reported-ties';
import { surveyProblem } from './respondent-access';
import { roundReports, type RoundData } from './survey-results';
import { newSurveyId } from './survey-tokens';
import { acceptRules, relationFromReports, type AcceptRule } from './tie-acceptance';

export interface RuleOutcome {
  accepted: Relation[];
  /** Ties the rule chose that could not become relations (a kind the endpoints do not allow, say). */
  skipped: { key: string; code: string; message: string }[];
}

async function actorsById(store: GraphStore, ids: Iterable<string>): Promise<Map<string, Actor>> {
  return new Map((await store.getActors([...new Set(ids)])).map((a) => [a.id, a]));
}

/**
 * What an editor does with what respondents reported: nothing reaches the network unreviewed, and
 * what does goes through upsertRelation / upsertActor (validated, audited, moving the change
 * mark), with an acceptance record naming the round and the editor.
 */
export class SurveyAcceptance {
  constructor(
    private readonly store: GraphStore,
    private readonly roundData: (roundId: string) => Promise<RoundData>,
  ) {}

  /** Accepts one reported tie (by key) into the network, through upsertRelation (validated, audited). */
  async acceptTie(roundId: string, key: string, who: WriteAuthor): Promise<Relation> {
    const data = await this.roundData(roundId);
    return this.accept(data, roundReports(data).ties, key, who);
  }

  private async accept(data: RoundData, ties: readonly ReportedTie[], key: string, who: WriteAuthor): Promise<Relation> {
    const reports = ties.filter((t) => t.key === key);
    if (reports.length === 0) throw surveyProblem('acceptSurveyTie', 'unknownReportedTie', { id: key }, 'key');
    const waiting = reports.find((r) => !r.partnerActorId);
    if (waiting) throw surveyProblem('acceptSurveyTie', 'proposalNotApproved', { id: waiting.proposalId ?? key }, 'key');
    const names = await actorsById(this.store, reports.map((r) => r.reporterActorId));
    const existing = await this.existingTie(reports[0] as ReportedTie);
    const reporters = [...new Set(reports.map((r) => names.get(r.reporterActorId)?.name ?? r.reporterActorId))];
    const relation = await this.store.upsertRelation(relationFromReports(reports, data.round, existing, reporters), who);
    const roundId = data.round.id;
    await this.store.recordSurveyAcceptance({ roundId, subject: 'tie', reportKey: key, resultId: relation.id, acceptedBy: who.userName, acceptedAt: new Date().toISOString() });
    return relation;
  }

  /**
   * The relation a tie updates: the one of its key, or one of the same kind between the same two
   * actors under another id (entered by hand or imported), so accepting never makes a duplicate.
   */
  private async existingTie(tie: ReportedTie): Promise<Relation | null> {
    const byKey = await this.store.getRelation(tie.key);
    if (byKey) return byKey;
    const directed = relationKinds[tie.relationKind].directed;
    const same = (r: Relation) =>
      r.kind === tie.relationKind &&
      ((r.source === tie.sourceActorId && r.target === tie.targetActorId) || (!directed && r.source === tie.targetActorId && r.target === tie.sourceActorId));
    return (await this.store.relationsOf(tie.reporterActorId)).find(same) ?? null;
  }

  /** Accepts every tie of the pairs the rule chooses; a tie that cannot be a relation is skipped and said why. */
  async acceptByRule(roundId: string, rule: AcceptRule, who: WriteAuthor): Promise<RuleOutcome> {
    // Read once: accepting ties changes no report (only approvals of proposals would).
    const data = await this.roundData(roundId);
    const { pairs, ties } = roundReports(data);
    const allowed: readonly string[] = acceptRules[rule];
    const keys = pairs.filter((p) => allowed.includes(p.reciprocity)).flatMap((p) => p.tieKeys);
    const outcome: RuleOutcome = { accepted: [], skipped: [] };
    for (const key of keys) {
      try {
        outcome.accepted.push(await this.accept(data, ties, key, who));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const issue = error.issues[0];
        outcome.skipped.push({ key, code: issue?.code ?? 'invalid', message: error.message });
      }
    }
    return outcome;
  }

  /**
   * Approves a proposed actor: creates it (through upsertActor: validated, audited) or, with
   * `existingActorId`, records that it is that actor already. Its reported ties can then be accepted.
   */
  async approveProposal(roundId: string, proposalId: string, existingActorId: string | null, who: WriteAuthor): Promise<Actor> {
    const data = await this.roundData(roundId);
    const proposal = roundReports(data).proposals.find((p) => p.id === proposalId);
    if (!proposal) throw surveyProblem('approveSurveyProposal', 'unknownProposal', { id: proposalId }, 'proposalId');
    const actor = existingActorId
      ? await this.store.getActor(existingActorId)
      : await this.store.upsertActor(
          {
            id: newSurveyId('a'),
            kind: proposal.kind,
            name: proposal.name,
            formal: nodeKinds[proposal.kind].formalByDefault,
            description: `Voorgesteld in netwerkbevraging "${data.round.title}" (${roundId})${proposal.place ? `; plaats: ${proposal.place}` : ''}`,
          },
          who,
        );
    if (!actor) throw surveyProblem('approveSurveyProposal', 'unknownActor', { id: existingActorId ?? '' }, 'existingActorId');
    await this.store.recordSurveyAcceptance({ roundId, subject: 'actor', reportKey: proposalId, resultId: actor.id, acceptedBy: who.userName, acceptedAt: new Date().toISOString() });
    return actor;
  }
}
