import { relationKindNames, type Actor, type NodeKind, type Relation, type RelationKind } from '@weefsel/graph-schema';
import type { KeptRelation } from '../shared/write-checks';
import { actorEndsByIds, actorKindsByIds, actorsByIds } from './cypher/actor-read.cypher';
import { chunk } from './cypher/cypher-query';
import { relationCountsByKind, relationsByIds, relationsOfKindByIds, relationsTouching } from './cypher/relation-read.cypher';
import { relationFromList, toActor, toNumber, toRelation } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';
import type { ActorEnds } from '../shared/status-on-read';

/** A stored relation of an actor whose kind or last day may change, with the stored kinds and last days of both ends. */
export interface TouchingRelation extends KeptRelation {
  sourceKind: NodeKind;
  targetKind: NodeKind;
  sourceUntil: string | null;
  targetUntil: string | null;
  sourceName: string;
  targetName: string;
}

// Lookups by id list, in batches so a large import sends bounded parameter lists.

export async function actorsById(run: CypherRunner, ids: readonly string[]): Promise<Map<string, Actor>> {
  const found = new Map<string, Actor>();
  for (const batch of chunk([...new Set(ids)])) {
    for (const row of await run.run(actorsByIds(batch))) {
      const actor = toActor(row.actor as Record<string, unknown>);
      found.set(actor.id, actor);
    }
  }
  return found;
}

/** The last day of each actor of these relations that has one: what ends a relation with its actor. */
export async function actorEndsOf(run: CypherRunner, relations: readonly Relation[]): Promise<ActorEnds> {
  return actorEndsById(run, relations.flatMap((relation) => [relation.source, relation.target]));
}

/** The last day of each of these actors that has one. */
export async function actorEndsById(run: CypherRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const batch of chunk([...new Set(ids)])) {
    for (const row of await run.run(actorEndsByIds(batch))) found.set(String(row.id), String(row.until));
  }
  return found;
}

export async function kindsById(run: CypherRunner, ids: readonly string[]): Promise<Map<string, NodeKind>> {
  const found = new Map<string, NodeKind>();
  for (const batch of chunk([...new Set(ids)])) {
    for (const row of await run.run(actorKindsByIds(batch))) found.set(String(row.id), row.kind as NodeKind);
  }
  return found;
}

/** Relations by id, of any of `kinds` (every kind unless given). */
export async function relationsById(run: CypherRunner, ids: readonly string[], kinds: readonly RelationKind[] = relationKindNames): Promise<Map<string, Relation>> {
  const found = new Map<string, Relation>();
  if (kinds.length === 0) return found;
  for (const batch of chunk([...new Set(ids)])) {
    for (const row of await run.run(relationsByIds(batch, kinds))) {
      const relation = toRelation(row.relation as Record<string, unknown>);
      found.set(relation.id, relation);
    }
  }
  return found;
}

/**
 * The stored relations with the ids of these (validated) relations, whatever kind they are stored
 * under. Each id is first sought under the kind it is written with: one index seek, where
 * `relationsById` seeks it in the index of every kind. Only ids not found so (new relations, or a
 * kind change) are then sought under every kind, in one statement. Kinds without relations are
 * skipped: a seek costs about 2 µs even in an empty index, and 100,000 new relations into an empty
 * store spent 2 s of their preview and 2 s of their import seeking them in all ten (docs/neo4j.md,
 * Performance).
 */
export async function storedRelationsOf(run: CypherRunner, relations: readonly { id: string; kind: RelationKind }[]): Promise<Map<string, Relation>> {
  const found = new Map<string, Relation>();
  if (relations.length === 0) return found;
  const [row] = await run.run(relationCountsByKind());
  const counts = (row?.counts as unknown[] | undefined) ?? [];
  const stored = relationKindNames.filter((_, i) => toNumber(counts[i] ?? 0) > 0);
  for (const kind of stored) {
    for (const batch of chunk([...new Set(relations.filter((r) => r.kind === kind).map((r) => r.id))])) {
      for (const row of await run.run(relationsOfKindByIds(kind, batch))) {
        const relation = relationFromList(row.relation);
        found.set(relation.id, relation);
      }
    }
  }
  const elsewhere = relations.map((r) => r.id).filter((id) => !found.has(id));
  for (const [id, relation] of await relationsById(run, elsewhere, stored)) found.set(id, relation);
  return found;
}

export async function touchingRelations(run: CypherRunner, actorIds: readonly string[]): Promise<TouchingRelation[]> {
  const found = new Map<string, TouchingRelation>();
  for (const batch of chunk([...new Set(actorIds)])) {
    for (const row of await run.run(relationsTouching(batch))) found.set(String(row.id), row as unknown as TouchingRelation);
  }
  return [...found.values()];
}
