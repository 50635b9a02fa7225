import type { Relation, RelationKind } from '@weefsel/graph-schema';
import { actorLabel, relationType } from './cypher-names';
import { lines, unwindRows, type CypherQuery } from './cypher-query';
import { relationListKeys } from './projections';

/** A relation as stored; `kind` is also the relationship type. */
export type RelationRow = Relation;

/**
 * Writes relations of one kind (types cannot be parameters: one statement per type) between the
 * given endpoints. `create`: none of them exists (new, or moved and deleted before), so CREATE,
 * without MERGE's look at the relationships already between the two ends (a third faster on a
 * 100,000-relation import; the id's uniqueness constraint still refuses a duplicate). Otherwise
 * MERGE by id, keeping createdAt. The caller compares `written` with the row count: a missing
 * endpoint would silently drop a row.
 */
export function writeRelationsOfKind(kind: RelationKind, rows: readonly RelationRow[], mode: 'create' | 'merge'): CypherQuery {
  const type = relationType(kind);
  for (const row of rows) {
    if (row.kind !== kind) throw new Error(`writeRelationsOfKind: row "${row.id}" has kind ${row.kind}, expected ${kind}; group rows by kind first`);
  }
  const unwind = unwindRows(relationListKeys, rows);
  const set = `r.kind = row.kind, r.since = row.since, r.until = row.until, r.weight = row.weight, r.note = row.note, r.status = row.status, r.updatedAt = row.updatedAt`;
  return {
    cypher: lines(
      unwind.clause,
      `MATCH (s:${actorLabel} {id: row.source})`,
      `MATCH (t:${actorLabel} {id: row.target})`,
      ...(mode === 'create'
        ? [`CREATE (s)-[r:${type} {id: row.id}]->(t)`, `SET r.createdAt = row.createdAt, ${set}`]
        : [`MERGE (s)-[r:${type} {id: row.id}]->(t)`, `ON CREATE SET r.createdAt = row.createdAt`, `SET ${set}`]),
      `RETURN count(r) AS written`,
    ),
    params: { rows: unwind.rows },
  };
}

/** Puts relations of one kind as they are given, whether they exist or not (an undo). */
export function upsertRelationsOfKind(kind: RelationKind, rows: readonly RelationRow[]): CypherQuery {
  return writeRelationsOfKind(kind, rows, 'merge');
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
