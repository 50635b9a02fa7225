import { codedIssue, ValidationError, type Role } from '@weefsel/graph-schema';
import { userEntry } from '../shared/audit-entries';
import { endedSessionKey, maxEndedSessions, type NewUser, type StoredUser, type UserChanges, type WriteAuthor } from '../user-audit-store';
import type { CypherQuery } from './cypher/cypher-query';
import * as cypher from './cypher/user.cypher';
import { appendAudit } from './neo4j-audit-flow';
import { toNumber } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

export function toUser(record: Record<string, unknown>): StoredUser {
  return {
    id: String(record.id),
    name: String(record.name),
    role: String(record.role) as Role,
    passwordHash: String(record.passwordHash),
    sessionVersion: toNumber(record.sessionVersion ?? 0),
    endedSessions: ((record.endedSessions ?? []) as unknown[]).map(String),
    createdAt: String(record.createdAt),
    updatedAt: String(record.updatedAt),
  };
}

async function one(run: CypherRunner, query: CypherQuery): Promise<StoredUser | null> {
  const [row] = await run.run(query);
  return row ? toUser(row.user as Record<string, unknown>) : null;
}

export const findUser = (run: CypherRunner, id: string) => one(run, cypher.userById(id));
export const findUserByName = (run: CypherRunner, name: string) => one(run, cypher.userByName(name));

export async function listUsers(run: CypherRunner): Promise<StoredUser[]> {
  return (await run.run(cypher.allUsers())).map((row) => toUser(row.user as Record<string, unknown>));
}

export async function countUsers(run: CypherRunner): Promise<number> {
  const [row] = await run.run(cypher.countUsers());
  return toNumber(row?.count ?? 0);
}

export async function createUserFlow(run: CypherRunner, user: NewUser, who: WriteAuthor | undefined): Promise<StoredUser> {
  if (await findUserByName(run, user.name)) {
    throw new ValidationError('createUser', [codedIssue('name', 'userNameTaken', { name: user.name })]);
  }
  if (await findUser(run, user.id)) throw new ValidationError('createUser', [codedIssue('id', 'userIdTaken', { id: user.id })]);
  const now = new Date().toISOString();
  const created = (await one(run, cypher.createUser(user, now))) as StoredUser;
  await appendAudit(run, userEntry(who, 'createUser', null, created, now));
  return created;
}

export async function updateUserFlow(run: CypherRunner, id: string, changes: UserChanges, who: WriteAuthor | undefined): Promise<StoredUser> {
  const before = await findUser(run, id);
  if (!before) throw new ValidationError('updateUser', [codedIssue('id', 'unknownUser', { id })]);
  const role = changes.role ?? before.role;
  const passwordHash = changes.passwordHash ?? before.passwordHash;
  if (role === before.role && passwordHash === before.passwordHash) return before;
  const now = new Date().toISOString();
  const after = (await one(run, cypher.updateUser(id, role, passwordHash, now))) as StoredUser;
  await appendAudit(run, userEntry(who, 'updateUser', before, after, now));
  return after;
}

export async function endSessionsFlow(run: CypherRunner, id: string): Promise<boolean> {
  const [row] = await run.run(cypher.endSessions(id));
  return toNumber(row?.ended ?? 0) > 0;
}

export async function endSessionFlow(run: CypherRunner, id: string, session: string, now: number): Promise<boolean> {
  const [row] = await run.run(cypher.endSession(id, session, endedSessionKey(now, ''), maxEndedSessions));
  return toNumber(row?.ended ?? 0) > 0;
}

export async function deleteUserFlow(run: CypherRunner, id: string, who: WriteAuthor | undefined): Promise<boolean> {
  const before = await findUser(run, id);
  if (!before) return false;
  await run.run(cypher.deleteUser(id));
  await appendAudit(run, userEntry(who, 'deleteUser', before, null, new Date().toISOString()));
  return true;
}
