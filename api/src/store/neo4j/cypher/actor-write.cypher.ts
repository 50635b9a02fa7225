import type { LifeDomain, NodeKind, TargetGroup } from '@weefsel/graph-schema';
import { actorLabel, kindLabel, otherKindLabels } from './cypher-names';
import { lines, unwindRows, type CypherQuery } from './cypher-query';

/**
 * An actor as stored: contact as a JSON string (Neo4j has no map properties); an empty list as no
 * property at all (null), which reads back as [] and matches no list filter, like an empty list.
 */
export interface ActorRow {
  id: string;
  kind: NodeKind;
  name: string;
  nameFolded: string;
  /** The folded name with a mark before each word start (`markWordStarts`): search finds word prefixes through its index. */
  nameMarked: string;
  description: string | null;
  formal: boolean;
  domains: LifeDomain[] | null;
  targetGroups: TargetGroup[] | null;
  contact: string | null;
  since: string | null;
  until: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The order of an `ActorRow`'s values in the `rows` parameter (see `unwindRows`). */
export const actorRowKeys = ['id', 'kind', 'name', 'nameFolded', 'nameMarked', 'description', 'formal', 'domains', 'targetGroups', 'contact', 'since', 'until', 'createdAt', 'updatedAt'] as const satisfies readonly (keyof ActorRow)[];

/**
 * Writes rows that are new or changed, all of one kind (labels cannot be parameters, so there is
 * one statement per kind). MERGE on id keeps a node's identity; a kind change swaps the kind label.
 * Setting a property to null removes it, which is how Neo4j stores "no value".
 */
export function upsertActorsOfKind(kind: NodeKind, rows: readonly ActorRow[]): CypherQuery {
  const label = kindLabel(kind);
  for (const row of rows) {
    if (row.kind !== kind) throw new Error(`upsertActorsOfKind: row "${row.id}" has kind ${row.kind}, expected ${kind}; group rows by kind first`);
  }
  const unwind = unwindRows(actorRowKeys, rows);
  return {
    cypher: lines(
      unwind.clause,
      `MERGE (a:${actorLabel} {id: row.id})`,
      `ON CREATE SET a.createdAt = row.createdAt`,
      `SET a.kind = row.kind, a.name = row.name, a.nameFolded = row.nameFolded, a.nameMarked = row.nameMarked,`,
      `    a.description = row.description, a.formal = row.formal, a.domains = row.domains, a.targetGroups = row.targetGroups,`,
      `    a.contact = row.contact, a.since = row.since, a.until = row.until,`,
      `    a.updatedAt = row.updatedAt`,
      `SET a:${label}`,
      `REMOVE a:${otherKindLabels(kind)}`,
      `RETURN count(a) AS written`,
    ),
    params: { rows: unwind.rows },
  };
}

/** Deletes the actor and, with DETACH, every relation it has. */
export function deleteActor(id: string): CypherQuery {
  return {
    cypher: lines(`MATCH (a:${actorLabel} {id: $id})`, `DETACH DELETE a`, `RETURN count(*) AS deleted`),
    params: { id },
  };
}

/** Empties the graph (import with replace), inside the import's own transaction. */
export function deleteAllActors(): CypherQuery {
  return { cypher: lines(`MATCH (a:${actorLabel})`, `DETACH DELETE a`), params: {} };
}
