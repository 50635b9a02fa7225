import type { Database, Statement } from 'better-sqlite3';
import { codedIssue, ValidationError, type Role } from '@weefsel/graph-schema';
import { userEntry } from '../shared/audit-entries';
import { endedSessionKey, maxEndedSessions, type NewUser, type StoredUser, type UserChanges, type WriteAuthor } from '../user-audit-store';
import { appendAudit, type AuditStatements } from './sqlite-audit';

interface UserRow {
  id: string;
  name: string;
  role: Role;
  password_hash: string;
  session_version: number;
  ended_sessions: string;
  created_at: string;
  updated_at: string;
}

const insertColumns = 'id, name, role, password_hash, created_at, updated_at';
const userColumns = `${insertColumns}, session_version, ended_sessions`;

function toUser(row: UserRow): StoredUser {
  return { id: row.id, name: row.name, role: row.role, passwordHash: row.password_hash, sessionVersion: row.session_version, endedSessions: JSON.parse(row.ended_sessions) as string[], createdAt: row.created_at, updatedAt: row.updated_at };
}

export interface UserStatements {
  byId: Statement<[string], UserRow>;
  byName: Statement<[string], UserRow>;
  all: Statement<[], UserRow>;
  count: Statement<[], { n: number }>;
  insert: Statement<Record<string, unknown>>;
  update: Statement<Record<string, unknown>>;
  remove: Statement<[string]>;
  endSessions: Statement<[string]>;
  setEndedSessions: Statement<[string, string]>;
}

export function prepareUsers(db: Database): UserStatements {
  return {
    byId: db.prepare(`SELECT ${userColumns} FROM users WHERE id = ?`),
    byName: db.prepare(`SELECT ${userColumns} FROM users WHERE name = ?`),
    all: db.prepare(`SELECT ${userColumns} FROM users ORDER BY name`),
    count: db.prepare('SELECT count(*) AS n FROM users'),
    insert: db.prepare(
      `INSERT INTO users (${insertColumns}) VALUES (@id, @name, @role, @passwordHash, @now, @now)`,
    ),
    update: db.prepare('UPDATE users SET role = @role, password_hash = @passwordHash, updated_at = @now WHERE id = @id'),
    remove: db.prepare('DELETE FROM users WHERE id = ?'),
    endSessions: db.prepare("UPDATE users SET session_version = session_version + 1, ended_sessions = '[]' WHERE id = ?"),
    setEndedSessions: db.prepare('UPDATE users SET ended_sessions = ? WHERE id = ?'),
  };
}

/** User writes, each one transaction with its audit entry. */
export class SqliteUsers {
  constructor(
    private readonly db: Database,
    private readonly users: UserStatements,
    private readonly audit: AuditStatements,
  ) {}

  get(id: string): StoredUser | null {
    const row = this.users.byId.get(id);
    return row ? toUser(row) : null;
  }

  byName(name: string): StoredUser | null {
    const row = this.users.byName.get(name);
    return row ? toUser(row) : null;
  }

  list(): StoredUser[] {
    return this.users.all.all().map(toUser);
  }

  count(): number {
    return this.users.count.get()?.n ?? 0;
  }

  create(user: NewUser, who?: WriteAuthor): StoredUser {
    return this.db.transaction(() => {
      if (this.users.byName.get(user.name)) {
        throw new ValidationError('createUser', [codedIssue('name', 'userNameTaken', { name: user.name })]);
      }
      if (this.users.byId.get(user.id)) throw new ValidationError('createUser', [codedIssue('id', 'userIdTaken', { id: user.id })]);
      const now = new Date().toISOString();
      this.users.insert.run({ ...user, now });
      const created = this.get(user.id) as StoredUser;
      appendAudit(this.audit, userEntry(who, 'createUser', null, created, now));
      return created;
    }).immediate();
  }

  update(id: string, changes: UserChanges, who?: WriteAuthor): StoredUser {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (!before) throw new ValidationError('updateUser', [codedIssue('id', 'unknownUser', { id })]);
      const next = { role: changes.role ?? before.role, passwordHash: changes.passwordHash ?? before.passwordHash };
      if (next.role === before.role && next.passwordHash === before.passwordHash) return before;
      const now = new Date().toISOString();
      this.users.update.run({ id, ...next, now });
      const after = this.get(id) as StoredUser;
      appendAudit(this.audit, userEntry(who, 'updateUser', before, after, now));
      return after;
    }).immediate();
  }

  endSessions(id: string): boolean {
    return this.users.endSessions.run(id).changes > 0;
  }

  endSession(id: string, session: string, now: number): boolean {
    return this.db.transaction(() => {
      const user = this.get(id);
      if (!user) return false;
      const kept = user.endedSessions.filter((key) => key >= endedSessionKey(now, ''));
      if (kept.length >= maxEndedSessions) return this.endSessions(id);
      this.users.setEndedSessions.run(JSON.stringify([...kept, session]), id);
      return true;
    }).immediate();
  }

  remove(id: string, who?: WriteAuthor): boolean {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (!before) return false;
      this.users.remove.run(id);
      appendAudit(this.audit, userEntry(who, 'deleteUser', before, null, new Date().toISOString()));
      return true;
    }).immediate();
  }
}
