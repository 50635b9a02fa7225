import type { Actor, NodeKind, RelationKind } from '@weefsel/graph-schema';
import type { CurrentGraph } from '../interchange-files/plan';
import type { GraphStore } from '../store/graph-store';
import { actorChangesOf, changedActors } from '../store/shared/write-checks';

/** The records of a document about to be imported, as far as the store read for it needs them. */
export interface ImportRecords {
  actors: readonly { id: string; kind: NodeKind; until?: string | null }[];
  relations: readonly { id: string; kind: RelationKind; source: string; target: string }[];
}

/** The actors some records name: their own, and both ends of their relations; each once. */
export function namedActorIds(records: ImportRecords): string[] {
  return [...new Set([...records.actors.map((actor) => actor.id), ...records.relations.flatMap((relation) => [relation.source, relation.target])])];
}

/**
 * What an import of `records` is compared with, read in proportion to them rather than to the
 * store: the stored actors they name (`named`, when the caller has read them already), the stored
 * relations with their ids and every relation of an actor whose kind or last day they change
 * (statuses as written), the actors at the other ends of those, and the day. Every import route
 * (the file import and its preview, the importGraph mutation, the CLI) reads it so.
 */
export async function importBasis(store: GraphStore, records: ImportRecords, today: string, named?: readonly Actor[]): Promise<CurrentGraph> {
  const actors = new Map((named ?? (await store.getActors(namedActorIds(records)))).map((actor) => [actor.id, actor]));
  const touching = changedActors(actorChangesOf(records.actors, (id) => actors.get(id)));
  const relations = await store.storedRelations({ relations: records.relations, touching });
  const otherEnds = [...new Set(relations.flatMap((relation) => [relation.source, relation.target]))].filter((id) => !actors.has(id));
  if (otherEnds.length > 0) for (const actor of await store.getActors(otherEnds)) actors.set(actor.id, actor);
  return { actors: [...actors.values()], relations, today };
}
