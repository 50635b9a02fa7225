import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Relation } from '@weefsel/graph-schema';
import type { ImportSummary } from '../graph-store';
import { sameActorFields, sameRelationFields } from './record-fields';
import {
  systemAuthor,
  type AuditEntry,
  type AuditOperation,
  type AuditTargetType,
  type JsonObject,
  type StoredUser,
  type WriteAuthor,
} from '../user-audit-store';

/** Ids an import entry lists per list; a Flanders-scale import would otherwise make one huge entry. */
export const maxIdsPerList = 1000;

export function auditEntry(
  who: WriteAuthor | undefined,
  operation: AuditOperation,
  target: { type: AuditTargetType; id: string | null },
  before: JsonObject | null,
  after: JsonObject | null,
  at: string,
): AuditEntry {
  const author = who ?? systemAuthor;
  return { id: randomUUID(), at, userId: author.userId, userName: author.userName, operation, targetType: target.type, targetId: target.id, before, after };
}

function sameRecord(before: Actor | Relation, after: Actor | Relation): boolean {
  if ('source' in before && 'source' in after) return sameRelationFields(before, after);
  if (!('source' in before) && !('source' in after)) return sameActorFields(before, after);
  return false;
}

/**
 * The entry of a single actor or relation write, or null when nothing changed. "Changed" compares
 * the fields, not the timestamps: two writes in one millisecond share a timestamp, and the second
 * must still be recorded.
 */
export function recordEntry(
  who: WriteAuthor | undefined,
  operation: AuditOperation,
  type: 'actor' | 'relation',
  before: Actor | Relation | null,
  after: Actor | Relation | null,
  at: string,
): AuditEntry | null {
  if (before !== null && after !== null && sameRecord(before, after)) return null;
  if (before === null && after === null) return null;
  const id = (after ?? before)?.id ?? null;
  return auditEntry(who, operation, { type, id }, before ? { ...before } : null, after ? { ...after } : null, at);
}

/** Ids a write created or updated, per kind of record. */
export interface ChangedIds {
  actors: { created: string[]; updated: string[] };
  relations: { created: string[]; updated: string[] };
}

export function emptyChangedIds(): ChangedIds {
  return { actors: { created: [], updated: [] }, relations: { created: [], updated: [] } };
}

/** Adds an id to a list while it is under the cap (the counts in the summary stay exact). */
export function noteChanged(list: string[], id: string): void {
  if (list.length < maxIdsPerList) list.push(id);
}

/** One entry per import that changed something: counts, replace flag and (up to 1,000 per list) ids. */
export function importEntry(who: WriteAuthor | undefined, summary: ImportSummary, changed: ChangedIds, replace: boolean, at: string): AuditEntry | null {
  const touched = summary.actors.created + summary.actors.updated + summary.relations.created + summary.relations.updated;
  if (touched === 0 && !replace) return null;
  return auditEntry(who, 'importGraph', { type: 'graph', id: null }, null, { replace, summary: { ...summary }, changed: { ...changed } }, at);
}

/** A user without its password hash: what the audit trail keeps. */
export function userSnapshot(user: StoredUser): JsonObject {
  return { id: user.id, name: user.name, role: user.role, createdAt: user.createdAt, updatedAt: user.updatedAt };
}

export function userEntry(
  who: WriteAuthor | undefined,
  operation: 'createUser' | 'updateUser' | 'deleteUser',
  before: StoredUser | null,
  after: StoredUser | null,
  at: string,
): AuditEntry {
  const passwordChanged = before !== null && after !== null && before.passwordHash !== after.passwordHash;
  const afterSnapshot = after ? { ...userSnapshot(after), ...(passwordChanged ? { passwordChanged: true } : {}) } : null;
  return auditEntry(who, operation, { type: 'user', id: (after ?? before)?.id ?? null }, before ? userSnapshot(before) : null, afterSnapshot, at);
}

/** A fresh pseudonym per erasure: random, so it cannot be recomputed from the id it replaces. */
export function newPseudonym(): string {
  return `erased-${randomBytes(6).toString('hex')}`;
}
