import type { Database } from 'better-sqlite3';
import type { SurveyRoundStatus } from '@weefsel/graph-schema';
import {
  answerAfterSave,
  byOpeningDesc,
  checkInvitations,
  checkRoundTarget,
  erasureEntry,
  invitationKeys,
  invitationRecords,
  namedPartnerIds,
  newRoundRecord,
  roundEntry,
  submissionEntry,
  unknownInvitation,
  unknownRound,
  withoutContact,
} from '../shared/survey-records';
import { checkAcceptance, invitationAfterChange } from '../shared/survey-changes';
import type {
  NewSurveyInvitation,
  NewSurveyRound,
  SurveyAcceptance,
  SurveyAnswer,
  SurveyAnswerBody,
  SurveyInvitation,
  SurveyInvitationChanges,
  SurveyRound,
} from '../survey-store';
import type { WriteAuthor } from '../user-audit-store';
import { appendAudit, type AuditStatements } from './sqlite-audit';
import { toActor } from './sqlite-rows';
import { allInChunks, type Statements } from './sqlite-statements';

type RecordRow = { record: string };
const parse = <T>(row: RecordRow | undefined): T | null => (row ? (JSON.parse(row.record) as T) : null);
const parseAll = <T>(rows: RecordRow[]): T[] => rows.map((row) => JSON.parse(row.record) as T);

function prepare(db: Database) {
  return {
    round: db.prepare<[string], RecordRow>('SELECT record FROM survey_rounds WHERE id = ?'),
    rounds: db.prepare<[], RecordRow>('SELECT record FROM survey_rounds'),
    putRound: db.prepare<{ id: string; record: string }>('INSERT INTO survey_rounds (id, record) VALUES (@id, @record) ON CONFLICT (id) DO UPDATE SET record = excluded.record'),
    invitation: db.prepare<[string], RecordRow>('SELECT record FROM survey_invitations WHERE id = ?'),
    invitationByHash: db.prepare<[string], RecordRow>('SELECT record FROM survey_invitations WHERE token_hash = ?'),
    invitationsOf: db.prepare<[string], RecordRow>('SELECT record FROM survey_invitations WHERE round_id = ? ORDER BY id'),
    invitationIdsIn: db.prepare<[string], { id: string }>('SELECT id FROM survey_invitations WHERE id IN (SELECT value FROM json_each(?))'),
    hashesIn: db.prepare<[string], { token_hash: string }>('SELECT token_hash FROM survey_invitations WHERE token_hash IN (SELECT value FROM json_each(?))'),
    putInvitation: db.prepare<{ id: string; roundId: string; actorId: string; tokenHash: string; record: string }>(
      `INSERT INTO survey_invitations (id, round_id, actor_id, token_hash, record) VALUES (@id, @roundId, @actorId, @tokenHash, @record)
       ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, record = excluded.record`,
    ),
    answer: db.prepare<[string], RecordRow>('SELECT record FROM survey_answers WHERE invitation_id = ?'),
    answersOf: db.prepare<[string], RecordRow>('SELECT record FROM survey_answers WHERE round_id = ? ORDER BY invitation_id'),
    putAnswer: db.prepare<{ invitationId: string; roundId: string; record: string }>(
      `INSERT INTO survey_answers (invitation_id, round_id, record) VALUES (@invitationId, @roundId, @record)
       ON CONFLICT (invitation_id) DO UPDATE SET record = excluded.record`,
    ),
    acceptancesOf: db.prepare<[string], RecordRow>('SELECT record FROM survey_acceptances WHERE round_id = ? ORDER BY subject, report_key'),
    putAcceptance: db.prepare<{ roundId: string; subject: string; reportKey: string; record: string }>(
      `INSERT INTO survey_acceptances (round_id, subject, report_key, record) VALUES (@roundId, @subject, @reportKey, @record)
       ON CONFLICT (round_id, subject, report_key) DO UPDATE SET record = excluded.record`,
    ),
  };
}

/**
 * The SurveyStore on SQLite. Every write is one IMMEDIATE transaction, like the graph's writes,
 * but it is not counted as a graph write: the change mark stays (see SurveyStore).
 */
export class SqliteSurveys {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(
    private readonly db: Database,
    private readonly statements: Statements,
    private readonly audit: AuditStatements,
  ) {
    this.sql = prepare(db);
  }

  private knownActors(ids: readonly string[]): Set<string> {
    return new Set(allInChunks(this.statements.actorsIn, [...new Set(ids)]).map((row) => toActor(row).id));
  }

  private invitationContext(roundId: string, invitations: readonly NewSurveyInvitation[]) {
    const keys = invitationKeys(invitations);
    return {
      knownActors: this.knownActors(keys.actorIds),
      takenIds: new Set(this.sql.invitationIdsIn.all(JSON.stringify(keys.ids)).map((r) => r.id)),
      takenHashes: new Set(this.sql.hashesIn.all(JSON.stringify(keys.hashes)).map((r) => r.token_hash)),
      invited: new Set(this.listInvitations(roundId).map((i) => i.actorId)),
    };
  }

  private putInvitations(records: readonly SurveyInvitation[]): void {
    for (const i of records) this.sql.putInvitation.run({ id: i.id, roundId: i.roundId, actorId: i.actorId, tokenHash: i.tokenHash, record: JSON.stringify(i) });
  }

  createRound(input: NewSurveyRound, invitations: readonly NewSurveyInvitation[], who?: WriteAuthor): SurveyRound {
    const round = newRoundRecord(input, new Date().toISOString());
    return this.db.transaction(() => {
      const targetRow = this.statements.actor.get(round.areaId ?? round.projectId ?? '');
      checkRoundTarget(round, targetRow ? toActor(targetRow) : null, this.sql.round.get(round.id) !== undefined);
      checkInvitations('createSurveyRound', invitations, this.invitationContext(round.id, invitations));
      this.sql.putRound.run({ id: round.id, record: JSON.stringify(round) });
      this.putInvitations(invitationRecords(round.id, invitations, round.createdAt));
      appendAudit(this.audit, roundEntry(who, round, invitations.length));
      return round;
    }).immediate();
  }

  getRound(id: string): SurveyRound | null {
    return parse<SurveyRound>(this.sql.round.get(id));
  }

  listRounds(): SurveyRound[] {
    return parseAll<SurveyRound>(this.sql.rounds.all()).sort(byOpeningDesc);
  }

  setRoundStatus(id: string, status: SurveyRoundStatus): SurveyRound {
    return this.db.transaction(() => {
      const round = this.getRound(id);
      if (!round) throw unknownRound('setSurveyRoundStatus', id);
      const after = { ...round, status };
      this.sql.putRound.run({ id, record: JSON.stringify(after) });
      return after;
    }).immediate();
  }

  listInvitations(roundId: string): SurveyInvitation[] {
    return parseAll<SurveyInvitation>(this.sql.invitationsOf.all(roundId));
  }

  findInvitation(tokenHash: string): SurveyInvitation | null {
    return parse<SurveyInvitation>(this.sql.invitationByHash.get(tokenHash));
  }

  addInvitations(roundId: string, invitations: readonly NewSurveyInvitation[]): SurveyInvitation[] {
    return this.db.transaction(() => {
      if (!this.getRound(roundId)) throw unknownRound('addSurveyInvitations', roundId);
      const context = this.invitationContext(roundId, invitations);
      checkInvitations('addSurveyInvitations', invitations, context, context.invited.size + invitations.length);
      const records = invitationRecords(roundId, invitations, new Date().toISOString());
      this.putInvitations(records);
      return records;
    }).immediate();
  }

  updateInvitation(id: string, changes: SurveyInvitationChanges): SurveyInvitation {
    return this.db.transaction(() => {
      const before = parse<SurveyInvitation>(this.sql.invitation.get(id));
      if (!before) throw unknownInvitation('updateSurveyInvitation', id);
      const holder = changes.tokenHash ? this.findInvitation(changes.tokenHash) : null;
      const after = invitationAfterChange(before, changes, holder);
      this.putInvitations([after]);
      return after;
    }).immediate();
  }

  getAnswer(invitationId: string): SurveyAnswer | null {
    return parse<SurveyAnswer>(this.sql.answer.get(invitationId));
  }

  listAnswers(roundId: string): SurveyAnswer[] {
    return parseAll<SurveyAnswer>(this.sql.answersOf.all(roundId));
  }

  saveAnswer(invitationId: string, body: SurveyAnswerBody, mode: 'draft' | 'submit', who?: WriteAuthor): SurveyAnswer {
    return this.db.transaction(() => {
      const invitation = parse<SurveyInvitation>(this.sql.invitation.get(invitationId));
      if (!invitation) throw unknownInvitation('saveSurveyAnswer', invitationId, 'invitationId');
      const previous = this.getAnswer(invitationId);
      const now = new Date().toISOString();
      const answer = answerAfterSave(previous, invitation, body, mode, this.knownActors(namedPartnerIds(body)), now);
      this.sql.putAnswer.run({ invitationId, roundId: answer.roundId, record: JSON.stringify(answer) });
      if (mode === 'submit') appendAudit(this.audit, submissionEntry(who, answer, previous?.submitted != null, now));
      return answer;
    }).immediate();
  }

  eraseRespondent(invitationId: string, who: WriteAuthor): boolean {
    return this.db.transaction(() => {
      const erased = withoutContact(this.getAnswer(invitationId));
      if (!erased) return false;
      this.sql.putAnswer.run({ invitationId, roundId: erased.roundId, record: JSON.stringify(erased) });
      appendAudit(this.audit, erasureEntry(who, erased, new Date().toISOString()));
      return true;
    }).immediate();
  }

  recordAcceptance(acceptance: SurveyAcceptance): SurveyAcceptance {
    return this.db.transaction(() => {
      const record = checkAcceptance(acceptance, this.getRound(acceptance.roundId) !== null);
      this.sql.putAcceptance.run({ roundId: record.roundId, subject: record.subject, reportKey: record.reportKey, record: JSON.stringify(record) });
      return record;
    }).immediate();
  }

  listAcceptances(roundId: string): SurveyAcceptance[] {
    return parseAll<SurveyAcceptance>(this.sql.acceptancesOf.all(roundId));
  }
}
