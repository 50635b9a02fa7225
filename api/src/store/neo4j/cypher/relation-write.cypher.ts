import type { Relation, RelationKind } from '@weefsel/graph-schema';
import { actorLabel, relationType } from './cypher-names';
import { lines, unwindRows, type CypherQuery } from './cypher-query';
import { relationListKeys } from './projections';

/** A relation as stored; `kind` is also the relationship type. */
export type RelationRow = Relation;

/**
 * Writes new or changed relations of one kind (types cannot be parameters: one statement per
 * type). MERGE by id between the given endpoints; a relation whose endpoints or kind changed was
 * deleted before, so MERGE creates it anew with the createdAt carried in its row. The caller
 * compares `written` with the row count: a missing endpoint would silently drop a row.
 */
export function upsertRelationsOfKind(kind: RelationKind, rows: readonly RelationRow[]): CypherQuery {
  const type = relationType(kind);
  for (const row of rows) {
    if (row.kind !== kind) throw new Error(`upsertRelationsOfKind: row "${row.id}" has kind ${row.kind}, expected ${kind}; group rows by kind first`);
  }
  const unwind = unwindRows(relationListKeys, rows);
  return {
    cypher: lines(
      unwind.clause,
      `MATCH (s:${actorLabel} {id: row.source})`,
      `MATCH (t:${actorLabel} {id: row.target})`,
      `MERGE (s)-[r:${type} {id: row.id}]->(t)`,
      `ON CREATE SET r.createdAt = row.createdAt`,
      `SET r.kind = row.kind, r.since = row.since, r.until = row.until, r.weight = row.weight, r.note = row.note, r.status = row.status,`,
      `    r.updatedAt = row.updatedAt`,
      `RETURN count(r) AS written`,
    ),
    params: { rows: unwind.rows },
  };
}

/** Deletes relations of one kind by id (kind known from a lookup: the type makes it an index seek). */
export function deleteRelationsOfKind(kind: RelationKind, ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      `UNWIND $ids AS id`,
      `MATCH (:${actorLabel})-[r:${relationType(kind)} {id: id}]->(:${actorLabel})`,
      `DELETE r`,
      `RETURN count(*) AS deleted`,
    ),
    params: { ids: [...ids] },
  };
}
