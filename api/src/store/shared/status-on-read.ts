import { todayInBrussels, withStatusOn, type Relation, type Subgraph } from '@weefsel/graph-schema';

/** Where a store gets "today" from: the day in Brussels unless a test gives another clock. */
export type Today = () => string;
export const brusselsClock: Today = () => todayInBrussels();

/**
 * Every read of a relation goes through here, in both adapters: the status a reader sees is the
 * one its dates give on the day read (graph-schema `statusOn`), so a tie whose `until` has passed
 * is ENDED even when it was stored as ACTIVE. Writes and the audit trail keep what was written.
 */
export function relationsOn(relations: Relation[], day: string): Relation[] {
  return relations.map((relation) => withStatusOn(relation, day));
}

/** A subgraph with every status as on its `asOf` day, or today for a history read (no `asOf`). */
export function subgraphOn(subgraph: Subgraph, today: Today): Subgraph {
  return { ...subgraph, relations: relationsOn(subgraph.relations, subgraph.asOf ?? today()) };
}
