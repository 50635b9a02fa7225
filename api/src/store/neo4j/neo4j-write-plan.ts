import type { Actor, ActorInput, Relation, ValidRelation } from '@weefsel/graph-schema';
import type { WriteCounts } from '../graph-store';
import { actorFields, nameKey, relationFields, sameActorFields, sameRelationFields } from '../shared/record-fields';
import { markWordStarts } from '../shared/search-rank';
import type { ActorRow } from './cypher/actor-write.cypher';
import type { RelationRow } from './cypher/relation-write.cypher';
import { contactToJson } from './neo4j-mapping';

/** What to write for a batch of actors, and the actors as they will read back afterwards. */
export interface ActorPlan {
  rows: ActorRow[];
  counts: WriteCounts;
  actors: Actor[];
}

/**
 * What to write for a batch of relations. `moved` must be deleted first (endpoints or kind
 * changed). `inPlace`: the rows that change a stored relation where it is (same kind and ends);
 * every other row does not exist when it is written (new, or moved and deleted) and is created.
 */
export interface RelationPlan {
  rows: RelationRow[];
  moved: Relation[];
  inPlace: Set<string>;
  counts: WriteCounts;
  relations: Relation[];
}

/** An actor as the write statements take it (also how an import's undo puts one back). */
export function actorRow(actor: Actor): ActorRow {
  return {
    ...actor,
    nameFolded: nameKey(actor.name),
    nameMarked: markWordStarts(nameKey(actor.name)),
    domains: actor.domains.length > 0 ? actor.domains : null,
    targetGroups: actor.targetGroups.length > 0 ? actor.targetGroups : null,
    contact: contactToJson(actor.contact),
  };
}

/**
 * Compares validated inputs with what is stored: new actors get `now` for both timestamps,
 * changed ones keep createdAt, unchanged ones are not written at all (their updatedAt stays).
 */
export function planActorWrites(inputs: readonly ActorInput[], stored: ReadonlyMap<string, Actor>, now: string): ActorPlan {
  const plan: ActorPlan = { rows: [], counts: { created: 0, updated: 0, unchanged: 0 }, actors: [] };
  for (const input of inputs) {
    const existing = stored.get(input.id);
    const fields = actorFields(input);
    if (existing && sameActorFields(existing, fields)) {
      plan.counts.unchanged += 1;
      plan.actors.push(existing);
      continue;
    }
    const actor: Actor = { ...fields, createdAt: existing?.createdAt ?? now, updatedAt: now };
    plan.counts[existing ? 'updated' : 'created'] += 1;
    plan.rows.push(actorRow(actor));
    plan.actors.push(actor);
  }
  return plan;
}

function samePlace(stored: Relation, next: Omit<Relation, 'createdAt' | 'updatedAt'>): boolean {
  return stored.kind === next.kind && stored.source === next.source && stored.target === next.target;
}

/**
 * Like `planActorWrites` for relations. A relationship cannot change its type or endpoints in
 * Neo4j, so such a relation is deleted and written anew, keeping its createdAt.
 */
export function planRelationWrites(inputs: readonly ValidRelation[], stored: ReadonlyMap<string, Relation>, now: string): RelationPlan {
  const plan: RelationPlan = { rows: [], moved: [], inPlace: new Set(), counts: { created: 0, updated: 0, unchanged: 0 }, relations: [] };
  for (const input of inputs) {
    const existing = stored.get(input.id);
    const fields = relationFields(input);
    if (existing && sameRelationFields(existing, fields)) {
      plan.counts.unchanged += 1;
      plan.relations.push(existing);
      continue;
    }
    if (existing && samePlace(existing, fields)) plan.inPlace.add(input.id);
    else if (existing) plan.moved.push(existing);
    const relation: Relation = { ...fields, createdAt: existing?.createdAt ?? now, updatedAt: now };
    plan.counts[existing ? 'updated' : 'created'] += 1;
    plan.rows.push(relation);
    plan.relations.push(relation);
  }
  return plan;
}
