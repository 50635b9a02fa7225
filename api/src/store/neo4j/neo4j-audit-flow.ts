import { auditEntry, newPseudonym } from '../shared/audit-entries';
import { checkErasable, personTraces, pseudonymiseEntry, traceNeedles } from '../shared/pseudonymise';
import { checkPage } from '../shared/scope-checks';
import type { AuditEntry, AuditFilter, AuditPage, ErasureSummary, JsonObject, WriteAuthor } from '../user-audit-store';
import { deleteActor } from './cypher/actor-write.cypher';
import { appendAuditEntries, auditMentioning, auditPage, countAudit, rewriteAuditEntries, type AuditRow } from './cypher/audit.cypher';
import { relationsOfActor } from './cypher/relation-read.cypher';
import { actorsById } from './neo4j-lookups';
import { toNumber } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

function json(value: JsonObject | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

export function toAuditRow(entry: AuditEntry): AuditRow {
  return { ...entry, before: json(entry.before), after: json(entry.after) };
}

export function toAuditEntry(record: Record<string, unknown>): AuditEntry {
  const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as JsonObject) : null);
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: String(record.id),
    at: String(record.at),
    userId: text(record.userId),
    userName: String(record.userName),
    operation: String(record.operation) as AuditEntry['operation'],
    targetType: String(record.targetType) as AuditEntry['targetType'],
    targetId: text(record.targetId),
    before: parse(record.before),
    after: parse(record.after),
  };
}

/** Appends the entries that are not null, in the transaction of `run`. */
export async function appendAudit(run: CypherRunner, ...entries: (AuditEntry | null)[]): Promise<void> {
  const rows = entries.filter((e): e is AuditEntry => e !== null).map(toAuditRow);
  if (rows.length > 0) await run.run(appendAuditEntries(rows));
}

export async function readAuditLog(run: CypherRunner, filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditPage> {
  checkPage(page, 'auditLog');
  const items = (await run.run(auditPage(filter, page))).map((row) => toAuditEntry(row.entry as Record<string, unknown>));
  const [count] = await run.run(countAudit(filter));
  return { items, total: toNumber(count?.count ?? 0) };
}

/** The whole erasure in the transaction of `run`: checks, delete, rewrite, and its own entry. */
export async function erasePersonFlow(run: CypherRunner, actorId: string, who: WriteAuthor): Promise<ErasureSummary> {
  const actor = (await actorsById(run, [actorId])).get(actorId);
  checkErasable(actorId, actor);
  const mentioning = async (needles: string[]) => (await run.run(auditMentioning(needles))).map((row) => toAuditEntry(row.entry as Record<string, unknown>));
  const traces = personTraces(actor, await mentioning([actorId]));
  const pseudonym = newPseudonym();
  const relationsDeleted = (await run.run(relationsOfActor(actorId))).length;
  await run.run(deleteActor(actorId));
  const candidates = await mentioning(traceNeedles(traces));
  const rewritten = candidates.flatMap((entry) => pseudonymiseEntry(entry, traces, pseudonym) ?? []).map(toAuditRow);
  if (rewritten.length > 0) await run.run(rewriteAuditEntries(rewritten));
  const summary = { pseudonym, relationsDeleted, entriesPseudonymised: rewritten.length };
  await appendAudit(run, auditEntry(who, 'erasePerson', { type: 'person', id: pseudonym }, null, { ...summary }, new Date().toISOString()));
  return summary;
}
