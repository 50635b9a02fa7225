import { actorsEndOf, todayInBrussels, withStatusOn, type Relation, type Subgraph } from '@weefsel/graph-schema';

/** Where a store gets "today" from: the day in Brussels unless a test gives another clock. */
export type Today = () => string;
export const brusselsClock: Today = () => todayInBrussels();

/** The last day of each actor that has one, by id: what ends a relation with its actor. */
export type ActorEnds = ReadonlyMap<string, string>;

/**
 * Every read of a relation goes through here, in both adapters: the status a reader sees is the
 * one its dates and its actors' last days give on the day read (graph-schema `statusOn`), so a tie
 * whose `until` has passed, or whose project ended, is ENDED even when it was stored as ACTIVE.
 * Writes and the audit trail keep what was written.
 */
export function relationsOn(relations: Relation[], day: string, ends: ActorEnds): Relation[] {
  const untilOf = (id: string) => ends.get(id);
  return relations.map((relation) => withStatusOn(relation, day, actorsEndOf(relation, untilOf)));
}

/** The last days of these actors that have one. */
export function endsOf(actors: readonly { id: string; until: string | null }[]): ActorEnds {
  const ends = new Map<string, string>();
  for (const actor of actors) if (actor.until !== null) ends.set(actor.id, actor.until);
  return ends;
}

/** A subgraph with every status as on its `asOf` day, or today for a history read (no `asOf`). */
export function subgraphOn(subgraph: Subgraph, today: Today): Subgraph {
  return { ...subgraph, relations: relationsOn(subgraph.relations, subgraph.asOf ?? today(), endsOf(subgraph.nodes)) };
}
