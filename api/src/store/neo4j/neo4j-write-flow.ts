import {
  checkRelationEndpoints,
  endsToLookUp,
  lastDayAfter,
  lastDaysOf,
  type Actor,
  ValidationError,
  type ActorInput,
  type NodeKind,
  type Relation,
  type ValidRelation,
  type ValidationIssue,
} from '@weefsel/graph-schema';
import { deleteAllActors, upsertActorsOfKind, type ActorRow } from './cypher/actor-write.cypher';
import { chunk } from './cypher/cypher-query';
import { deleteRelationsOfKind, writeRelationsOfKind } from './cypher/relation-write.cypher';
import { actorChangeIssues, actorChangesOf, changedActors } from '../shared/write-checks';
import { actorEndsById, actorsById, kindsById, storedRelationsOf, touchingRelations } from './neo4j-lookups';
import { toNumber } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';
import { planActorWrites, planRelationWrites, type ActorPlan, type RelationPlan } from './neo4j-write-plan';

/** One write, already validated field by field: a single upsert or a whole import document. */
export interface WriteRequest {
  operation: string;
  actors: readonly ActorInput[];
  relations: readonly ValidRelation[];
  /** Prefix of issue paths: `actors[3]` in an import, '' for a single upsert (issue at `kind`). */
  actorPath(index: number): string;
  relationPath(index: number): string;
  /** Empty the store first (inside the same transaction, so a rejection undoes it). */
  replace: boolean;
  now: string;
}

export interface WriteOutcome {
  actors: ActorPlan;
  relations: RelationPlan;
  /** What was stored before the write, for the audit entries. */
  before: { actors: ReadonlyMap<string, Actor>; relations: ReadonlyMap<string, Relation> };
}

function joinPath(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

/**
 * A change of an actor's kind or a cleared last day must keep every stored relation of the actor
 * valid, except those this write replaces (they are checked as new relations). Needs the store only
 * when such a change is made.
 */
async function actorChangeProblems(
  run: CypherRunner,
  request: WriteRequest,
  stored: ReadonlyMap<string, Actor>,
  docKinds: ReadonlyMap<string, NodeKind>,
  docEnds: ReadonlyMap<string, string | null>,
): Promise<ValidationIssue[]> {
  const changes = actorChangesOf(request.actors, (id) => stored.get(id));
  const prefixOf = new Map(request.actors.map((actor, index) => [actor.id, request.actorPath(index)]));
  const actors = changedActors(changes);
  if (actors.length === 0) return [];
  const rewritten = new Set(request.relations.map((r) => r.id));
  const kept = (await touchingRelations(run, actors)).filter((r) => !rewritten.has(r.id));
  const storedKind = new Map(kept.flatMap((r): [string, NodeKind][] => [[r.source, r.sourceKind], [r.target, r.targetKind]]));
  const storedEnd = new Map(kept.flatMap((r): [string, string | null][] => [[r.source, r.sourceUntil ?? null], [r.target, r.targetUntil ?? null]]));
  const storedName = new Map(kept.flatMap((r): [string, string][] => [[r.source, r.sourceName], [r.target, r.targetName]]));
  const docNames = new Map(request.actors.map((a) => [a.id, a.name]));
  const after = {
    kindOf: (id: string) => docKinds.get(id) ?? storedKind.get(id),
    untilOf: lastDayAfter(docEnds, (id) => storedEnd.get(id)),
    nameOf: (id: string) => docNames.get(id) ?? storedName.get(id),
  };
  return actorChangeIssues(changes, kept, after, (id, field) => joinPath(prefixOf.get(id) ?? '', field));
}

/** Endpoint checks and checks of actor changes against the document and the store; nothing is written yet. */
export async function storeIssues(run: CypherRunner, request: WriteRequest, stored: ReadonlyMap<string, Actor>): Promise<ValidationIssue[]> {
  const docKinds = new Map<string, NodeKind>(request.actors.map((a) => [a.id, a.kind]));
  // Endpoints in the document need no lookup; the others are fetched in one batched query.
  const outside = request.relations.flatMap((r) => [r.source, r.target]).filter((id) => !docKinds.has(id));
  const storeKinds = await kindsById(run, outside);
  const kindOf = (id: string) => docKinds.get(id) ?? storeKinds.get(id);
  const docEnds = lastDaysOf(request.actors);
  const storeEnds = await actorEndsById(run, endsToLookUp(request.relations).filter((id) => !docEnds.has(id)));
  return [
    ...checkRelationEndpoints(request.relations, kindOf, request.relationPath, lastDayAfter(docEnds, (id) => storeEnds.get(id))),
    ...(await actorChangeProblems(run, request, stored, docKinds, docEnds)),
  ];
}

/** Rows by kind (labels and relationship types are per statement), in the order each kind first comes. */
export function groupByKind<R extends { kind: string }>(rows: readonly R[]): Map<R['kind'], R[]> {
  const groups = new Map<R['kind'], R[]>();
  for (const row of rows) {
    const group = groups.get(row.kind);
    if (group) group.push(row);
    else groups.set(row.kind, [row]);
  }
  return groups;
}

export async function writeActors(run: CypherRunner, rows: readonly ActorRow[]): Promise<void> {
  for (const [kind, group] of groupByKind(rows)) {
    for (const batch of chunk(group)) await run.run(upsertActorsOfKind(kind, batch));
  }
}

/**
 * Writes the plan's relations. `creating`: rows not stored are created (a third faster than
 * MERGE), which only a staged import may ask for, since other graph writes are refused while it
 * runs. Every other write merges: two instances seeding an empty database at once plan the same
 * new relations, and the second must find the first's instead of failing on the id's constraint.
 */
export async function writeRelations(run: CypherRunner, plan: RelationPlan, creating = false): Promise<void> {
  for (const [kind, moved] of groupByKind(plan.moved)) {
    for (const batch of chunk(moved.map((r) => r.id))) await run.run(deleteRelationsOfKind(kind, batch));
  }
  for (const [kind, group] of groupByKind(plan.rows)) {
    const inPlace = creating ? group.filter((row) => plan.inPlace.has(row.id)) : group;
    const created = creating ? group.filter((row) => !plan.inPlace.has(row.id)) : [];
    for (const [mode, rows] of [['merge', inPlace], ['create', created]] as const) {
      for (const batch of chunk(rows)) {
        const [result] = await run.run(writeRelationsOfKind(kind, batch, mode));
        const written = toNumber(result?.written ?? 0);
        // Endpoints were checked in this transaction; a shortfall means the graph changed under us.
        if (written !== batch.length) {
          throw new Error(`writeRelationsOfKind ${kind}: wrote ${written} of ${batch.length} relations; an endpoint actor is missing. Retry the write.`);
        }
      }
    }
  }
}

/**
 * The whole write inside one transaction: read what is stored, check endpoints and kind changes,
 * throw a ValidationError before any write (the transaction then rolls back, undoing a replace),
 * then write only new and changed records in UNWIND batches.
 */
export async function writeGraph(run: CypherRunner, request: WriteRequest): Promise<WriteOutcome> {
  if (request.replace) await run.run(deleteAllActors());
  const storedActors = await actorsById(run, request.actors.map((a) => a.id));
  const issues = await storeIssues(run, request, storedActors);
  if (issues.length > 0) throw new ValidationError(request.operation, issues);

  const storedRelations = await storedRelationsOf(run, request.relations);
  const actors = planActorWrites(request.actors, storedActors, request.now);
  const relations = planRelationWrites(request.relations, storedRelations, request.now);
  await writeActors(run, actors.rows);
  await writeRelations(run, relations);
  return { actors, relations, before: { actors: storedActors, relations: storedRelations } };
}
