import type { SurveyRoundStatus } from '@weefsel/graph-schema';
import { checkAcceptance, invitationAfterChange } from '../shared/survey-changes';
import {
  acceptanceKey,
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
  type InvitationContext,
} from '../shared/survey-records';
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
import { allSurveyNodes, putSurveyNode, surveyNodesWhere, type SurveyNodeKind } from './cypher/survey.cypher';
import { appendAudit } from './neo4j-audit-flow';
import { actorsById } from './neo4j-lookups';
import type { CypherRunner } from './neo4j-runner';

// The SurveyStore's flows on Neo4j, each run inside one transaction of the store (reads in a read
// transaction, writes in a write transaction WITHOUT the change mark: survey data is not graph data).

const records = <T>(rows: Record<string, unknown>[]): T[] => rows.map((row) => JSON.parse(String(row.record)) as T);

async function where<T>(run: CypherRunner, kind: SurveyNodeKind, field: string, values: readonly string[]): Promise<T[]> {
  if (values.length === 0) return [];
  return records<T>(await run.run(surveyNodesWhere(kind, field as never, values)));
}

async function one<T>(run: CypherRunner, kind: SurveyNodeKind, field: string, value: string): Promise<T | null> {
  return (await where<T>(run, kind, field, [value]))[0] ?? null;
}

async function put(run: CypherRunner, kind: SurveyNodeKind, key: string, fields: Record<string, string>, record: object): Promise<void> {
  await run.run(putSurveyNode(kind, key, { ...fields, record: JSON.stringify(record) }));
}

const putRound = (run: CypherRunner, round: SurveyRound) => put(run, 'rounds', round.id, {}, round);
const putInvitation = (run: CypherRunner, i: SurveyInvitation) => put(run, 'invitations', i.id, { roundId: i.roundId, actorId: i.actorId, tokenHash: i.tokenHash }, i);
const putAnswer = (run: CypherRunner, a: SurveyAnswer) => put(run, 'answers', a.invitationId, { roundId: a.roundId }, a);

export const getRound = (run: CypherRunner, id: string) => one<SurveyRound>(run, 'rounds', 'id', id);
export const findInvitation = (run: CypherRunner, tokenHash: string) => one<SurveyInvitation>(run, 'invitations', 'tokenHash', tokenHash);
export const getAnswer = (run: CypherRunner, invitationId: string) => one<SurveyAnswer>(run, 'answers', 'invitationId', invitationId);

export async function listRounds(run: CypherRunner): Promise<SurveyRound[]> {
  return records<SurveyRound>(await run.run(allSurveyNodes('rounds'))).sort(byOpeningDesc);
}

export async function listInvitations(run: CypherRunner, roundId: string): Promise<SurveyInvitation[]> {
  return (await where<SurveyInvitation>(run, 'invitations', 'roundId', [roundId])).sort((a, b) => a.id.localeCompare(b.id));
}

export async function listAnswers(run: CypherRunner, roundId: string): Promise<SurveyAnswer[]> {
  return (await where<SurveyAnswer>(run, 'answers', 'roundId', [roundId])).sort((a, b) => a.invitationId.localeCompare(b.invitationId));
}

export async function listAcceptances(run: CypherRunner, roundId: string): Promise<SurveyAcceptance[]> {
  const sorted = (await where<SurveyAcceptance>(run, 'acceptances', 'roundId', [roundId])).sort(
    (a, b) => a.subject.localeCompare(b.subject) || a.reportKey.localeCompare(b.reportKey),
  );
  return sorted;
}

async function invitationContext(run: CypherRunner, roundId: string, invitations: readonly NewSurveyInvitation[]): Promise<InvitationContext> {
  const keys = invitationKeys(invitations);
  return {
    knownActors: new Set((await actorsById(run, keys.actorIds)).keys()),
    takenIds: new Set((await where<SurveyInvitation>(run, 'invitations', 'id', keys.ids)).map((i) => i.id)),
    takenHashes: new Set((await where<SurveyInvitation>(run, 'invitations', 'tokenHash', keys.hashes)).map((i) => i.tokenHash)),
    invited: new Set((await listInvitations(run, roundId)).map((i) => i.actorId)),
  };
}

export async function createRoundFlow(run: CypherRunner, input: NewSurveyRound, invitations: readonly NewSurveyInvitation[], who?: WriteAuthor): Promise<SurveyRound> {
  const round = newRoundRecord(input, new Date().toISOString());
  const targetId = round.areaId ?? round.projectId ?? '';
  checkRoundTarget(round, (await actorsById(run, [targetId])).get(targetId) ?? null, (await getRound(run, round.id)) !== null);
  checkInvitations('createSurveyRound', invitations, await invitationContext(run, round.id, invitations));
  await putRound(run, round);
  for (const invitation of invitationRecords(round.id, invitations, round.createdAt)) await putInvitation(run, invitation);
  await appendAudit(run, roundEntry(who, round, invitations.length));
  return round;
}

export async function setRoundStatusFlow(run: CypherRunner, id: string, status: SurveyRoundStatus): Promise<SurveyRound> {
  const round = await getRound(run, id);
  if (!round) throw unknownRound('setSurveyRoundStatus', id);
  const after = { ...round, status };
  await putRound(run, after);
  return after;
}

export async function addInvitationsFlow(run: CypherRunner, roundId: string, invitations: readonly NewSurveyInvitation[]): Promise<SurveyInvitation[]> {
  if (!(await getRound(run, roundId))) throw unknownRound('addSurveyInvitations', roundId);
  const context = await invitationContext(run, roundId, invitations);
  checkInvitations('addSurveyInvitations', invitations, context, context.invited.size + invitations.length);
  const added = invitationRecords(roundId, invitations, new Date().toISOString());
  for (const invitation of added) await putInvitation(run, invitation);
  return added;
}

export async function updateInvitationFlow(run: CypherRunner, id: string, changes: SurveyInvitationChanges): Promise<SurveyInvitation> {
  const before = await one<SurveyInvitation>(run, 'invitations', 'id', id);
  if (!before) throw unknownInvitation('updateSurveyInvitation', id);
  const holder = changes.tokenHash ? await findInvitation(run, changes.tokenHash) : null;
  const after = invitationAfterChange(before, changes, holder);
  await putInvitation(run, after);
  return after;
}

export async function saveAnswerFlow(run: CypherRunner, invitationId: string, body: SurveyAnswerBody, mode: 'draft' | 'submit', who?: WriteAuthor): Promise<SurveyAnswer> {
  const invitation = await one<SurveyInvitation>(run, 'invitations', 'id', invitationId);
  if (!invitation) throw unknownInvitation('saveSurveyAnswer', invitationId, 'invitationId');
  const previous = await getAnswer(run, invitationId);
  const now = new Date().toISOString();
  const known = new Set((await actorsById(run, namedPartnerIds(body))).keys());
  const answer = answerAfterSave(previous, invitation, body, mode, known, now);
  await putAnswer(run, answer);
  if (mode === 'submit') await appendAudit(run, submissionEntry(who, answer, previous?.submitted != null, now));
  return answer;
}

export async function eraseRespondentFlow(run: CypherRunner, invitationId: string, who: WriteAuthor): Promise<boolean> {
  const erased = withoutContact(await getAnswer(run, invitationId));
  if (!erased) return false;
  await putAnswer(run, erased);
  await appendAudit(run, erasureEntry(who, erased, new Date().toISOString()));
  return true;
}

export async function recordAcceptanceFlow(run: CypherRunner, acceptance: SurveyAcceptance): Promise<SurveyAcceptance> {
  const record = checkAcceptance(acceptance, (await getRound(run, acceptance.roundId)) !== null);
  await put(run, 'acceptances', acceptanceKey(record), { roundId: record.roundId }, record);
  return record;
}
