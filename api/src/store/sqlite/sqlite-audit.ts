import type { Database, Statement } from 'better-sqlite3';
import type { Actor } from '@weefsel/graph-schema';
import { newPseudonym } from '../shared/audit-entries';
import { checkErasable, personTraces, pseudonymiseEntry, traceNeedles } from '../shared/pseudonymise';
import { checkPage } from '../shared/scope-checks';
import { auditEntry } from '../shared/audit-entries';
import type { AuditEntry, AuditFilter, AuditPage, ErasureSummary, JsonObject, WriteAuthor } from '../user-audit-store';
import { jsonSet } from './sqlite-sql';

interface AuditRow {
  id: string;
  at: string;
  user_id: string | null;
  user_name: string;
  operation: AuditEntry['operation'];
  target_type: AuditEntry['targetType'];
  target_id: string | null;
  before: string | null;
  after: string | null;
}

const auditColumns = 'id, at, user_id, user_name, operation, target_type, target_id, before, after';

function toEntry(row: AuditRow): AuditEntry {
  const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as JsonObject));
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    operation: row.operation,
    targetType: row.target_type,
    targetId: row.target_id,
    before: parse(row.before),
    after: parse(row.after),
  };
}

function entryParams(entry: AuditEntry) {
  return {
    ...entry,
    before: entry.before === null ? null : JSON.stringify(entry.before),
    after: entry.after === null ? null : JSON.stringify(entry.after),
  };
}

/** WHERE clause and parameters of an audit filter; unset filters are NULL and match everything. */
const filterWhere = `WHERE (@userId IS NULL OR user_id = @userId)
  AND (@targetId IS NULL OR target_id = @targetId)
  AND (@operations IS NULL OR operation IN ${jsonSet('operations')})
  AND (@since IS NULL OR at >= @since)
  AND (@until IS NULL OR at <= @until)`;

function filterParams(filter: AuditFilter) {
  return {
    userId: filter.userId ?? null,
    targetId: filter.targetId ?? null,
    operations: filter.operations?.length ? JSON.stringify(filter.operations) : null,
    since: filter.since ?? null,
    until: filter.until ?? null,
  };
}

export interface AuditStatements {
  insert: Statement<Record<string, unknown>>;
  page: Statement<Record<string, unknown>, AuditRow>;
  count: Statement<Record<string, unknown>, { n: number }>;
  mentioning: Statement<{ needles: string }, AuditRow>;
  rewrite: Statement<Record<string, unknown>>;
}

export function prepareAudit(db: Database): AuditStatements {
  return {
    insert: db.prepare(
      `INSERT INTO audit_log (${auditColumns}) VALUES (@id, @at, @userId, @userName, @operation, @targetType, @targetId, @before, @after)`,
    ),
    page: db.prepare(`SELECT ${auditColumns} FROM audit_log ${filterWhere} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`),
    count: db.prepare(`SELECT count(*) AS n FROM audit_log ${filterWhere}`),
    // Candidates only: the exact check is done in JS (pseudonymiseEntry).
    mentioning: db.prepare(`SELECT ${auditColumns} FROM audit_log a WHERE EXISTS (
      SELECT 1 FROM json_each(@needles) n
      WHERE instr(coalesce(a.target_id, ''), n.value) > 0 OR instr(coalesce(a.before, ''), n.value) > 0 OR instr(coalesce(a.after, ''), n.value) > 0)`),
    rewrite: db.prepare('UPDATE audit_log SET target_id = @targetId, before = @before, after = @after WHERE id = @id'),
  };
}

/** Appends entries inside the caller's transaction; null entries (nothing changed) are skipped. */
export function appendAudit(statements: AuditStatements, ...entries: (AuditEntry | null)[]): void {
  for (const entry of entries) if (entry) statements.insert.run(entryParams(entry));
}

export function readAuditLog(statements: AuditStatements, filter: AuditFilter, page: { offset: number; limit: number }): AuditPage {
  checkPage(page, 'auditLog');
  const params = filterParams(filter);
  return {
    items: statements.page.all({ ...params, offset: page.offset, limit: page.limit }).map(toEntry),
    total: statements.count.get(params)?.n ?? 0,
  };
}

/**
 * Deletes the person (the actor row; relations cascade) and rewrites the entries that mention it,
 * all in one transaction, then records the erasure itself under the pseudonym.
 */
export function erasePersonIn(
  db: Database,
  audit: AuditStatements,
  actions: { getActor(id: string): Actor | null; deleteActor(id: string): number; relationCount(id: string): number },
  actorId: string,
  who: WriteAuthor,
): ErasureSummary {
  return db.transaction(() => {
    const actor = actions.getActor(actorId);
    checkErasable(actorId, actor);
    const mentioning = (needles: string[]) => audit.mentioning.all({ needles: JSON.stringify(needles) }).map(toEntry);
    const traces = personTraces(actor, mentioning([actorId]));
    const pseudonym = newPseudonym();
    const relationsDeleted = actions.relationCount(actorId);
    actions.deleteActor(actorId);
    let entriesPseudonymised = 0;
    for (const entry of mentioning(traceNeedles(traces))) {
      const scrubbed = pseudonymiseEntry(entry, traces, pseudonym);
      if (!scrubbed) continue;
      audit.rewrite.run(entryParams(scrubbed));
      entriesPseudonymised += 1;
    }
    const summary = { pseudonym, relationsDeleted, entriesPseudonymised };
    appendAudit(audit, auditEntry(who, 'erasePerson', { type: 'person', id: pseudonym }, null, { ...summary }, new Date().toISOString()));
    return summary;
  }).immediate();
}
