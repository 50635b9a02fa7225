import type { AuditFilter } from '../../user-audit-store';
import { auditLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

/** An audit entry as stored: `before` and `after` as JSON text (Neo4j has no map properties). */
export interface AuditRow {
  id: string;
  at: string;
  userId: string | null;
  userName: string;
  operation: string;
  targetType: string;
  targetId: string | null;
  before: string | null;
  after: string | null;
}

const entryMap = (node: string) => `${node} {.id, .at, .userId, .userName, .operation, .targetType, .targetId, .before, .after}`;

/** Appends entries in the caller's transaction; a null property is simply not set. */
export function appendAuditEntries(rows: readonly AuditRow[]): CypherQuery {
  return {
    cypher: lines(
      `UNWIND $rows AS row`,
      `CREATE (e:${auditLabel} {id: row.id, at: row.at, userName: row.userName, operation: row.operation, targetType: row.targetType})`,
      `SET e.userId = row.userId, e.targetId = row.targetId, e.before = row.before, e.after = row.after`,
      `RETURN count(e) AS written`,
    ),
    params: { rows: [...rows] },
  };
}

/** WHERE conditions for the filters that are set; only parameter names reach the text. */
function filterWhere(filter: AuditFilter): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.userId !== undefined) {
    conditions.push('e.userId = $userId');
    params.userId = filter.userId;
  }
  if (filter.targetId !== undefined) {
    conditions.push('e.targetId = $targetId');
    params.targetId = filter.targetId;
  }
  if (filter.operations && filter.operations.length > 0) {
    conditions.push('e.operation IN $operations');
    params.operations = [...filter.operations];
  }
  if (filter.since !== undefined) {
    conditions.push('e.at >= $since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    conditions.push('e.at <= $until');
    params.until = filter.until;
  }
  return { cypher: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Newest first; ties on `at` by id, so pages never overlap. */
export function auditPage(filter: AuditFilter, page: { offset: number; limit: number }): CypherQuery {
  const where = filterWhere(filter);
  return {
    cypher: lines(
      `MATCH (e:${auditLabel})`,
      where.cypher,
      `RETURN ${entryMap('e')} AS entry`,
      `ORDER BY e.at DESC, e.id DESC`,
      `SKIP toInteger($offset) LIMIT toInteger($limit)`,
    ),
    params: { ...where.params, offset: page.offset, limit: page.limit },
  };
}

export function countAudit(filter: AuditFilter): CypherQuery {
  const where = filterWhere(filter);
  return { cypher: lines(`MATCH (e:${auditLabel})`, where.cypher, `RETURN count(e) AS count`), params: where.params };
}

/** Candidate entries that contain any of the needles; the exact check is done in JS. */
export function auditMentioning(needles: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      `MATCH (e:${auditLabel})`,
      `WHERE any(n IN $needles WHERE coalesce(e.targetId, '') CONTAINS n OR coalesce(e.before, '') CONTAINS n OR coalesce(e.after, '') CONTAINS n)`,
      `RETURN ${entryMap('e')} AS entry`,
    ),
    params: { needles: [...needles] },
  };
}

/** Overwrites the personal parts of entries (erasure); nothing else about an entry changes. */
export function rewriteAuditEntries(rows: readonly Pick<AuditRow, 'id' | 'targetId' | 'before' | 'after'>[]): CypherQuery {
  return {
    cypher: lines(
      `UNWIND $rows AS row`,
      `MATCH (e:${auditLabel} {id: row.id})`,
      `SET e.targetId = row.targetId, e.before = row.before, e.after = row.after`,
      `RETURN count(e) AS written`,
    ),
    params: { rows: [...rows] },
  };
}
