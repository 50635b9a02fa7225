import type { Database, Statement } from 'better-sqlite3';
import {
  checkRelationEndpoints,
  endsToLookUp,
  lastDayAfter,
  lastDaysOf,
  validateActor,
  validateGraphDocument,
  validateRelation,
  ValidationError,
  type Actor,
  type GraphDocument,
  type NodeKind,
  type Relation,
  type ValidationIssue,
} from '@weefsel/graph-schema';
import { importTouched, isPatchable, type Touched } from '../graph-changes';
import type { ImportOptions, ImportSummary, WriteCounts } from '../graph-store';
import { emptyChangedIds, importEntry, noteChanged, recordEntry } from '../shared/audit-entries';
import { actorFields, relationFields } from '../shared/record-fields';
import type { WriteAuthor } from '../user-audit-store';
import { appendAudit, type AuditStatements } from './sqlite-audit';
import { actorChangeIssues, actorChangesOf, changedActors, type ActorChanges } from '../shared/write-checks';
import { actorParams, relationParams, toActor, toRelation } from './sqlite-rows';
import { allInChunks, storedEnds, storedKinds, type Statements } from './sqlite-statements';

/** The kinds, last days and names a write sets, by actor id (a cleared last day is null). */
interface WrittenActors {
  kinds: ReadonlyMap<string, NodeKind>;
  ends: ReadonlyMap<string, string | null>;
  names: ReadonlyMap<string, string>;
}

/**
 * Issues for stored relations that the actor changes would break (see `actorChangeIssues`): the
 * actors after the write are the `written` ones, the other ends as stored. `rewritten` relations
 * are skipped: the same write replaces them and checks them itself.
 */
function actorChangeProblems(
  statements: Statements,
  changes: ActorChanges,
  written: WrittenActors,
  rewritten: (relationId: string) => boolean,
  pathOf: (actorId: string, field: 'kind' | 'until') => string,
): ValidationIssue[] {
  const actors = changedActors(changes);
  if (actors.length === 0) return [];
  const kept = actors.flatMap((id) => statements.relationsOf.all({ id })).filter((r) => !rewritten(r.id));
  const otherEnds = [...new Set(kept.flatMap((r) => [r.source, r.target]).filter((id) => !written.kinds.has(id)))];
  const others = new Map(allInChunks(statements.kindsIn, otherEnds).map((row) => [row.id, row]));
  const ends = storedEnds(statements.endsIn, otherEnds);
  const after = {
    kindOf: (id: string) => written.kinds.get(id) ?? others.get(id)?.kind,
    untilOf: lastDayAfter(written.ends, (id) => ends.get(id)),
    nameOf: (id: string) => written.names.get(id) ?? others.get(id)?.name,
  };
  return actorChangeIssues(changes, kept, after, pathOf);
}

/** The prepared statements a write needs, and who makes it (for the audit entry). */
export interface WriteTarget {
  db: Database;
  statements: Statements;
  audit: AuditStatements;
  who: WriteAuthor | undefined;
}

/** Writes one actor; gives it as stored before (null: new) and after, for the audit and the change log. */
export function writeActor({ db, statements, audit, who }: WriteTarget, input: unknown): { before: Actor | null; after: Actor } {
  const fields = actorFields(validateActor(input));
  return db.transaction(() => {
    const stored = statements.actor.get(fields.id);
    if (stored) {
      const changes = actorChangesOf([fields], () => stored);
      const written = { kinds: new Map([[fields.id, fields.kind]]), ends: new Map([[fields.id, fields.until]]), names: new Map([[fields.id, fields.name]]) };
      const issues = actorChangeProblems(statements, changes, written, () => false, (_id, field) => field);
      if (issues.length > 0) throw new ValidationError('upsertActor', issues);
    }
    const now = new Date().toISOString();
    statements.upsertActor.get(actorParams(fields, now));
    const after = toActor(statements.actor.get(fields.id)!);
    const before = stored ? toActor(stored) : null;
    appendAudit(audit, recordEntry(who, 'upsertActor', 'actor', before, after, now));
    return { before, after };
  }).immediate();
}

export function writeRelation({ db, statements, audit, who }: WriteTarget, input: unknown): Relation {
  const relation = validateRelation(input);
  return db.transaction(() => {
    const stored = statements.relation.get(relation.id);
    const kinds = storedKinds(statements, [relation.source, relation.target]);
    const ends = storedEnds(statements.endsIn, endsToLookUp([relation]));
    const issues = checkRelationEndpoints([relation], (id) => kinds.get(id), () => '', (id) => ends.get(id));
    if (issues.length > 0) throw new ValidationError('upsertRelation', issues);
    const now = new Date().toISOString();
    statements.upsertRelation.get(relationParams(relationFields(relation), now));
    const after = toRelation(statements.relation.get(relation.id)!);
    appendAudit(audit, recordEntry(who, 'upsertRelation', 'relation', stored ? toRelation(stored) : null, after, now));
    return after;
  }).immediate();
}

/** Deletes the actor (its relations cascade) and records it as it was. */
export function removeActor({ db, statements, audit, who }: WriteTarget, id: string): boolean {
  return db.transaction(() => {
    const stored = statements.actor.get(id);
    if (!stored) return false;
    statements.deleteActor.run(id);
    appendAudit(audit, recordEntry(who, 'deleteActor', 'actor', toActor(stored), null, new Date().toISOString()));
    return true;
  }).immediate();
}

export function removeRelation({ db, statements, audit, who }: WriteTarget, id: string): boolean {
  return db.transaction(() => {
    const stored = statements.relation.get(id);
    if (!stored) return false;
    statements.deleteRelation.run(id);
    appendAudit(audit, recordEntry(who, 'deleteRelation', 'relation', toRelation(stored), null, new Date().toISOString()));
    return true;
  }).immediate();
}

/**
 * Runs an upsert per row and counts: no returned row means the WHERE clause found nothing to change;
 * a rowid above the table's maximum before the first row means a new row (SQLite hands out
 * max(rowid) + 1), anything else an update.
 */
function upsertCounting(
  upsert: Statement<Record<string, unknown>, { rowid: number }>,
  maxBefore: number,
  rows: Iterable<Record<string, unknown> & { id: string }>,
  changed: { created: string[]; updated: string[] },
): WriteCounts {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const params of rows) {
    const written = upsert.get(params);
    if (!written) {
      counts.unchanged += 1;
    } else if (written.rowid > maxBefore) {
      counts.created += 1;
      noteChanged(changed.created, params.id);
    } else {
      counts.updated += 1;
      noteChanged(changed.updated, params.id);
    }
  }
  return counts;
}

function* mapped<T, U>(items: readonly T[], map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** Writes an interchange document in one transaction; returns its counts and what the change log is to say it touched. */
export function importDocument({ db, statements, audit, who }: WriteTarget, input: GraphDocument, options: ImportOptions = {}): { summary: ImportSummary; touched: Touched } {
  const doc = validateGraphDocument(input);
  const actors = doc.actors.map(actorFields);
  const now = new Date().toISOString();
  return db.transaction(() => {
    const replace = options.replace === true;
    const docKinds = new Map(actors.map((a) => [a.id, a.kind]));
    const wanted = [...docKinds.keys(), ...new Set(doc.relations.flatMap((r) => [r.source, r.target]).filter((id) => !docKinds.has(id)))];
    // With replace the old store is about to vanish: only the document counts.
    const stored = replace ? new Map<string, NodeKind>() : storedKinds(statements, wanted);
    const kindOf = (id: string) => docKinds.get(id) ?? stored.get(id);
    const docEnds = lastDaysOf(actors);
    const storedEnd = replace ? new Map<string, string>() : storedEnds(statements.endsIn, endsToLookUp(doc.relations));
    const issues = checkRelationEndpoints(doc.relations, kindOf, undefined, lastDayAfter(docEnds, (id) => storedEnd.get(id)));
    const endsBefore = replace ? new Map<string, string>() : storedEnds(statements.endsIn, [...docEnds.keys()]);
    const storedActor = (id: string) => {
      const kind = stored.get(id);
      return kind === undefined ? undefined : { kind, until: endsBefore.get(id) ?? null };
    };
    const changes = actorChangesOf(actors, storedActor);
    const index = new Map(actors.map((a, i) => [a.id, i]));
    const rewritten = new Set(doc.relations.map((r) => r.id));
    issues.push(...actorChangeProblems(statements, changes, { kinds: docKinds, ends: docEnds, names: new Map(actors.map((a) => [a.id, a.name])) }, (id) => rewritten.has(id), (id, field) => `actors[${index.get(id)}].${field}`));
    if (issues.length > 0) throw new ValidationError('importGraph', issues);
    // A small import is logged by its ids, which needs its actors' days as stored before it.
    const patchable = !replace && isPatchable(actors.length + doc.relations.length);
    const before = patchable ? new Map(actors.map((a) => [a.id, statements.actor.get(a.id)] as const)) : null;
    if (replace) db.exec('DELETE FROM relations; DELETE FROM actors;');
    const changedIds = emptyChangedIds();
    const summary = {
      actors: upsertCounting(statements.upsertActor, statements.maxActorRowid.get()?.max ?? 0, mapped(actors, (a) => actorParams(a, now)), changedIds.actors),
      relations: upsertCounting(
        statements.upsertRelation,
        statements.maxRelationRowid.get()?.max ?? 0,
        mapped(doc.relations, (r) => relationParams(relationFields(r), now)),
        changedIds.relations,
      ),
    };
    appendAudit(audit, importEntry(who, summary, changedIds, replace, now));
    const touched: Touched = before
      ? importTouched(
          actors.map((after) => ({ before: before.get(after.id) ?? null, after })),
          doc.relations.map((r) => relationFields(r).id),
          replace,
        )
      : 'everything';
    return { summary, touched };
  }).immediate();
}
