import type { Role } from '@weefsel/graph-schema';

/** Who makes a write: a logged-in user, or a command-line tool (`userId` null, `userName` e.g. `cli:import`). */
export interface WriteAuthor {
  userId: string | null;
  userName: string;
}

/** The author of writes that no user makes (first start, demo seeds, tests without a user). */
export const systemAuthor: WriteAuthor = { userId: null, userName: 'system' };

/** A user as stored. `passwordHash` never leaves the API (see auth/password.ts for its format). */
export interface StoredUser {
  id: string;
  name: string;
  role: Role;
  passwordHash: string;
  /** Carried in session tokens; raising it ends every session issued before ("log out everywhere"). */
  sessionVersion: number;
  /** Sessions ended one by one (logout), as `endedSessionKey`s, until they would have expired anyway. */
  endedSessions: string[];
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  id: string;
  name: string;
  role: Role;
  passwordHash: string;
}

export interface UserChanges {
  role?: Role | undefined;
  passwordHash?: string | undefined;
}

export const auditOperations = [
  'upsertActor',
  'deleteActor',
  'upsertRelation',
  'deleteRelation',
  'importGraph',
  'createUser',
  'updateUser',
  'deleteUser',
  'erasePerson',
  // Network surveys: not graph data, but who created a round, submitted or erased an answer is kept.
  'createSurveyRound',
  'submitSurveyAnswer',
  'eraseRespondent',
] as const;
export type AuditOperation = (typeof auditOperations)[number];
export type AuditTargetType = 'actor' | 'relation' | 'graph' | 'user' | 'person' | 'survey';

export type JsonObject = Record<string, unknown>;

/**
 * One change, written in the same transaction as the change itself. `before` and `after` are the
 * record as stored (null when it did not exist / no longer exists); an import keeps its counts and
 * the ids it changed instead (see README, "Audit trail").
 */
export interface AuditEntry {
  id: string;
  at: string;
  userId: string | null;
  userName: string;
  operation: AuditOperation;
  targetType: AuditTargetType;
  targetId: string | null;
  before: JsonObject | null;
  after: JsonObject | null;
}

/** Filters combine with AND; absent fields filter nothing. `since`/`until` compare `at` (inclusive). */
export interface AuditFilter {
  userId?: string | undefined;
  targetId?: string | undefined;
  operations?: AuditOperation[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface ErasureSummary {
  /** The stable pseudonym that replaced the person's id, name and contact in the audit trail. */
  pseudonym: string;
  relationsDeleted: number;
  entriesPseudonymised: number;
}

/** Users live in the same store as the graph, so one backup holds both. */
export interface UserStore {
  getUser(id: string): Promise<StoredUser | null>;
  /** Names are unique; the lookup is exact (names are stored lower case). */
  getUserByName(name: string): Promise<StoredUser | null>;
  /** Sorted by name. */
  listUsers(): Promise<StoredUser[]>;
  countUsers(): Promise<number>;
  /** ValidationError at `name` when the name is taken, at `id` when the id is. */
  createUser(user: NewUser, who?: WriteAuthor): Promise<StoredUser>;
  /** ValidationError at `id` when there is no such user. */
  updateUser(id: string, changes: UserChanges, who?: WriteAuthor): Promise<StoredUser>;
  deleteUser(id: string, who?: WriteAuthor): Promise<boolean>;
  /** Raises the user's session version, ending all their sessions; false when there is no such user. Not audited: no data changes. */
  endSessions(id: string): Promise<boolean>;
  /**
   * Records one ended session (`endedSessionKey`), dropping recorded ones that expire before
   * `now`; past `maxEndedSessions` it ends all sessions instead (as endSessions), so the list stays small.
   */
  endSession(id: string, session: string, now: number): Promise<boolean>;
}

/** Ended sessions kept per user before a logout ends all of them (bounds the user record). */
export const maxEndedSessions = 50;

/** `expiry:sessionId`, the expiry zero-padded so that keys compare as their expiry times do. */
export function endedSessionKey(expiresAtSeconds: number, sessionId: string): string {
  return `${String(expiresAtSeconds).padStart(12, '0')}:${sessionId}`;
}

/**
 * The audit trail. Entries are appended by the writes themselves (inside their transaction);
 * only erasure rewrites them, replacing personal values by a pseudonym.
 */
export interface AuditStore {
  /** Newest first (`at`, then id, descending). */
  auditLog(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditPage>;
  /**
   * GDPR erasure of a person actor (a kind with personal properties): deletes it and its relations
   * and pseudonymises every audit entry that mentions its id, name or contact values, in one
   * transaction. ValidationError at `actorId` for an unknown actor or one that is not a person.
   */
  erasePerson(actorId: string, who: WriteAuthor): Promise<ErasureSummary>;
}
