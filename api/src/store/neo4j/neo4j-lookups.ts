import type { Actor, NodeKind, Relation, RelationKind } from '@weefsel/graph-schema';
import { actorKindsByIds, actorsByIds } from './cypher/actor-read.cypher';
import { chunk } from './cypher/cypher-query';
import { relationsByIds, relationsTouching } from './cypher/relation-read.cypher';
import { toActor, toRelation } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

/** A stored relation of an actor whose kind may change, with the stored kinds of both ends. */
export interface TouchingRelation {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  sourceKind: NodeKind;
  targetKind: NodeKind;
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

export async function kindsById(run: CypherRunner, ids: readonly string[]): Promise<Map<string, NodeKind>> {
  const found = new Map<string, NodeKind>();
  for (const batch of chunk([...new Set(ids)])) {
    for (const row of await run.run(actorKindsByIds(batch))) found.set(String(row.id), row.kind as NodeKind);
  }
  return found;
}

export async function relationsById(run: CypherRunner, ids: readonly string[]): Promise<Map<string, Relation>> {
  const found = new Map<string, Relation>();
  for (const batch of chunk([...new Set(ids)])) {
    for (const row of await run.run(relationsByIds(batch))) {
      const relation = toRelation(row.relation as Record<string, unknown>);
      found.set(relation.id, relation);
    }
  }
  return found;
}

export async function touchingRelations(run: CypherRunner, actorIds: readonly string[]): Promise<TouchingRelation[]> {
  const found = new Map<string, TouchingRelation>();
  for (const batch of chunk([...new Set(actorIds)])) {
    for (const row of await run.run(relationsTouching(batch))) found.set(String(row.id), row as unknown as TouchingRelation);
  }
  return [...found.values()];
}
