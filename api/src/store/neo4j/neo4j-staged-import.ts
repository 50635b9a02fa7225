import { randomUUID } from 'node:crypto';
import { checkRelationEndpoints, ValidationError, type Actor, type NodeKind, type Relation, type RelationKind } from '@weefsel/graph-schema';
import { upsertActorsOfKind } from './cypher/actor-write.cypher';
import { chunk } from './cypher/cypher-query';
import * as journal from './cypher/import-journal.cypher';
import { deleteRelationsOfKind, upsertRelationsOfKind } from './cypher/relation-write.cypher';
import { actorsById, storedRelationsOf } from './neo4j-lookups';
import { toNumber } from './neo4j-mapping';
import { readAllActors, readAllRelations } from './neo4j-whole-reads';
import type { CypherRunner } from './neo4j-runner';
import { actorRow, planActorWrites, planRelationWrites } from './neo4j-write-plan';
import { groupByKind, storeIssues, writeActors, writeRelations, type WriteOutcome, type WriteRequest } from './neo4j-write-flow';

/**
 * An import too large for one transaction at a modest heap (Neo4j keeps a transaction's changes in
 * memory) is written in batches. All or nothing still holds: each batch stores, in its own
 * transaction, the records it is about to change as they were (an undo batch); a failure undoes
 * the batches newest first, and a journal left behind by a crashed process is undone by the next
 * instance that starts or imports. Readers may see a partly written import while it runs; writes
 * from other requests wait for it (see `importRunning`).
 */
export interface StagedImportSettings {
  /** Imports with more entries than this are staged; smaller ones are one transaction. */
  above: number;
  /** Records per batch transaction. */
  batch: number;
  /** A running journal whose heartbeat is older than this was left by a crashed process. */
  staleAfterMs: number;
}

export const defaultStagedImport: StagedImportSettings = { above: 20_000, batch: 5_000, staleAfterMs: 60_000 };

/** How the flow reaches the database: each call is one transaction (writes move the change mark). */
export interface Transactions {
  read<T>(work: (run: CypherRunner) => Promise<T>): Promise<T>;
  write<T>(work: (run: CypherRunner) => Promise<T>): Promise<T>;
}

/** One undo entry: the record as it was before the batch (null: the batch created it). */
type UndoEntry =
  | { type: 'actor'; id: string; before: Actor | null }
  | { type: 'relation'; id: string; kind: RelationKind; before: Relation | null };

export type JournalState = 'running' | 'done' | 'rollingBack';

export interface OpenJournal {
  id: string;
  state: JournalState;
  heartbeat: string;
}

export async function openJournals(tx: Transactions): Promise<OpenJournal[]> {
  const rows = await tx.read((run) => run.run(journal.openJournals()));
  return rows.map((row) => ({ id: String(row.id), state: row.state as JournalState, heartbeat: String(row.heartbeat) }));
}

export function isStale(entry: OpenJournal, settings: StagedImportSettings, now = Date.now()): boolean {
  return now - Date.parse(entry.heartbeat) > settings.staleAfterMs;
}

/** Puts one undo batch back, inside the caller's transaction. */
async function applyUndo(run: CypherRunner, entries: readonly UndoEntry[]): Promise<void> {
  const relations = entries.filter((e): e is Extract<UndoEntry, { type: 'relation' }> => e.type === 'relation');
  const actors = entries.filter((e): e is Extract<UndoEntry, { type: 'actor' }> => e.type === 'actor');
  for (const [kind, group] of groupByKind(relations)) await run.run(deleteRelationsOfKind(kind, group.map((e) => e.id)));
  const created = actors.filter((e) => e.before === null).map((e) => e.id);
  if (created.length > 0) await run.run(journal.deleteActorsById(created));
  const oldActors = actors.flatMap((e) => (e.before ? [actorRow(e.before)] : []));
  for (const [kind, rows] of groupByKind(oldActors)) await run.run(upsertActorsOfKind(kind, rows));
  const oldRelations = relations.flatMap((e) => (e.before ? [e.before] : []));
  for (const [kind, rows] of groupByKind(oldRelations)) await run.run(upsertRelationsOfKind(kind, rows));
}

/** Undoes an import's batches newest first, then forgets it. Safe to run again after a crash. */
export async function rollBack(tx: Transactions, importId: string): Promise<void> {
  await tx.write((run) => run.run(journal.setJournalState(importId, 'rollingBack')));
  for (;;) {
    const undone = await tx.write(async (run) => {
      const [last] = await run.run(journal.lastUndo(importId));
      if (!last) return false;
      await applyUndo(run, JSON.parse(String(last.entries)) as UndoEntry[]);
      await run.run(journal.deleteUndo(importId, toNumber(last.seq)));
      return true;
    });
    if (!undone) break;
  }
  await tx.write((run) => run.run(journal.deleteJournal(importId)));
}

/** Removes the undo batches of a finished import, then its journal. */
export async function cleanUp(tx: Transactions, importId: string): Promise<void> {
  while (toNumber((await tx.write((run) => run.run(journal.deleteSomeUndo(importId, 20))))[0]?.deleted ?? 0) > 0);
  await tx.write((run) => run.run(journal.deleteJournal(importId)));
}

/** Finishes what crashed processes left: undoes their running imports, cleans up finished ones. */
export async function recoverImports(tx: Transactions, settings: StagedImportSettings, onlyStale: boolean): Promise<number> {
  let recovered = 0;
  for (const entry of await openJournals(tx)) {
    if (entry.state === 'done') await cleanUp(tx, entry.id);
    else if (!onlyStale || isStale(entry, settings)) await rollBack(tx, entry.id);
    else continue;
    recovered += 1;
  }
  return recovered;
}

/** What the import will do, decided in one read transaction before anything is written. */
async function plan(tx: Transactions, request: WriteRequest): Promise<{ outcome: WriteOutcome; wiped: { actors: Actor[]; relations: Relation[] } }> {
  return tx.read(async (run) => {
    let storedActors: Map<string, Actor>;
    let storedRelations: Map<string, Relation>;
    let wiped: { actors: Actor[]; relations: Relation[] } = { actors: [], relations: [] };
    if (request.replace) {
      // The store will be emptied first: only the document's own endpoints count.
      const docKinds = new Map<string, NodeKind>(request.actors.map((a) => [a.id, a.kind]));
      const docEnds = new Map(request.actors.map((a) => [a.id, a.until ?? null]));
      const issues = checkRelationEndpoints(request.relations, (id) => docKinds.get(id), request.relationPath, (id) => docEnds.get(id));
      if (issues.length > 0) throw new ValidationError(request.operation, issues);
      wiped = { actors: await readAllActors(run), relations: await readAllRelations(run, null) };
      storedActors = new Map();
      storedRelations = new Map();
    } else {
      storedActors = await actorsById(run, request.actors.map((a) => a.id));
      const issues = await storeIssues(run, request, storedActors);
      if (issues.length > 0) throw new ValidationError(request.operation, issues);
      storedRelations = await storedRelationsOf(run, request.relations);
    }
    const actors = planActorWrites(request.actors, storedActors, request.now);
    const relations = planRelationWrites(request.relations, storedRelations, request.now);
    return { outcome: { actors, relations, before: { actors: storedActors, relations: storedRelations } }, wiped };
  });
}

/**
 * Rows of one kind together: each batch then writes one or two kinds, a statement each, instead of
 * a few hundred rows of every kind in a statement per kind.
 */
function byKind<R extends { kind: string }>(rows: readonly R[]): R[] {
  return [...groupByKind(rows).values()].flat();
}

/** The batches, in the order they are written; undone in the reverse order. */
function batchesOf(outcome: WriteOutcome, wiped: { actors: Actor[]; relations: Relation[] }, size: number) {
  const { actors, relations, before } = outcome;
  const steps: { undo: UndoEntry[]; apply: (run: CypherRunner) => Promise<void> }[] = [];
  for (const group of chunk(wiped.relations, size)) {
    steps.push({
      undo: group.map((r) => ({ type: 'relation', id: r.id, kind: r.kind, before: r })),
      apply: async (run) => {
        for (const [kind, rows] of groupByKind(group)) await run.run(deleteRelationsOfKind(kind, rows.map((r) => r.id)));
      },
    });
  }
  for (const group of chunk(wiped.actors, size)) {
    steps.push({
      // Recreating an actor that was there is an upsert of its old row (the relations come after).
      undo: group.map((a) => ({ type: 'actor', id: a.id, before: a })),
      apply: async (run) => void (await run.run(journal.deleteActorsById(group.map((a) => a.id)))),
    });
  }
  for (const group of chunk(relations.moved, size)) {
    steps.push({
      undo: group.map((r) => ({ type: 'relation', id: r.id, kind: r.kind, before: r })),
      apply: async (run) => {
        for (const [kind, rows] of groupByKind(group)) await run.run(deleteRelationsOfKind(kind, rows.map((r) => r.id)));
      },
    });
  }
  for (const group of chunk(byKind(actors.rows), size)) {
    steps.push({
      undo: group.map((row) => ({ type: 'actor', id: row.id, before: before.actors.get(row.id) ?? null })),
      apply: (run) => writeActors(run, group),
    });
  }
  for (const group of chunk(byKind(relations.rows), size)) {
    steps.push({
      // A relation changed in place is put back as it was; a moved one was already deleted (and
      // its old self saved) by an earlier batch, so its undo only deletes the new one.
      undo: group.map((row) => ({ type: 'relation', id: row.id, kind: row.kind, before: relations.inPlace.has(row.id) ? (before.relations.get(row.id) ?? null) : null })),
      apply: (run) => writeRelations(run, { ...relations, rows: group, moved: [] }, true),
    });
  }
  return steps;
}

/**
 * Writes a large import in batches under a journal. `finish` runs in the last transaction (the
 * audit entry), so the import counts as done exactly when its entry exists.
 */
export async function stagedImport(
  tx: Transactions,
  request: WriteRequest,
  settings: StagedImportSettings,
  finish: (run: CypherRunner, outcome: WriteOutcome) => Promise<void>,
): Promise<WriteOutcome> {
  const { outcome, wiped } = await plan(tx, request);
  const importId = randomUUID();
  await tx.write((run) => run.run(journal.createJournal(importId, new Date().toISOString())));
  try {
    let seq = 0;
    for (const step of batchesOf(outcome, wiped, settings.batch)) {
      seq += 1;
      const entries = JSON.stringify(step.undo);
      await tx.write(async (run) => {
        const [alive] = await run.run(journal.recordUndo(importId, seq, entries, new Date().toISOString()));
        if (!alive) throw new Error(`importGraph: the import ${importId} was rolled back by another instance (no heartbeat for ${settings.staleAfterMs} ms); import again`);
        await step.apply(run);
      });
    }
    await tx.write(async (run) => {
      await finish(run, outcome);
      await run.run(journal.setJournalState(importId, 'done'));
    });
  } catch (error) {
    await rollBack(tx, importId);
    throw error;
  }
  await cleanUp(tx, importId);
  return outcome;
}
