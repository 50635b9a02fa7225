import { relationKindNames, type RelationKind } from '@weefsel/graph-schema';
import { actorLabel, allRelationTypes, relationType } from './cypher-names';
import { activeOn, lines, type CypherQuery } from './cypher-query';
import { relationList, relationMap } from './projections';

/**
 * Relations by id, of any of `kinds` (every kind unless given). A relationship index needs the
 * type in the pattern, so there is one branch per relation type (each an index seek), joined with
 * UNION ALL.
 */
export function relationsByIds(ids: readonly string[], kinds: readonly RelationKind[] = relationKindNames): CypherQuery {
  const branches = kinds.map((kind) =>
    lines(`MATCH (:${actorLabel})-[r:${relationType(kind)}]->(:${actorLabel})`, `WHERE r.id IN $ids`, `RETURN ${relationMap('r')} AS relation`),
  );
  return { cypher: branches.join('\nUNION ALL\n'), params: { ids: [...ids] } };
}

/**
 * Relations of one kind by id, one index seek per id (the type in the pattern picks the index):
 * what an import looks up first, since a stored relation usually keeps its kind. Lists in
 * `relationListKeys` order, as an import reads up to 250,000 of them.
 */
export function relationsOfKindByIds(kind: RelationKind, ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (s:${actorLabel})-[r:${relationType(kind)} {id: id}]->(t:${actorLabel})`, `RETURN ${relationList('r', 's', 't')} AS relation`),
    params: { ids: [...ids] },
  };
}

/** Relations of one actor in either direction; each relation once, sorted by id. */
export function relationsOfActor(actorId: string): CypherQuery {
  return {
    cypher: lines(
      `MATCH (:${actorLabel} {id: $id})-[r:${allRelationTypes()}]-(:${actorLabel})`,
      // Both ends' last days with each relation: its status on reading ends with them, without a second round trip.
      `RETURN ${relationMap('r')} AS relation, startNode(r).until AS sourceUntil, endNode(r).until AS targetUntil`,
      `ORDER BY r.id`,
    ),
    params: { id: actorId },
  };
}

/**
 * Relations touching any of these actors, with the stored kind, last day and name of both ends: what a
 * change of those actors' kinds or last days must keep valid. DISTINCT: a relation between two of them is found twice.
 */
export function relationsTouching(actorIds: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      `UNWIND $ids AS id`,
      `MATCH (:${actorLabel} {id: id})-[r:${allRelationTypes()}]-(:${actorLabel})`,
      `WITH DISTINCT r`,
      `RETURN r.id AS id, type(r) AS kind, startNode(r).id AS source, endNode(r).id AS target, r.status AS status, r.until AS until,`,
      `       startNode(r).kind AS sourceKind, endNode(r).kind AS targetKind, startNode(r).until AS sourceUntil, endNode(r).until AS targetUntil,`,
      `       startNode(r).name AS sourceName, endNode(r).name AS targetName`,
    ),
    params: { ids: [...actorIds] },
  };
}

/**
 * Every relation (active on `asOf` when given), as a list (`relationList`): 250,000 decode in about
 * half the time of maps. No ORDER BY: the caller sorts by id (`readAllRelations`).
 */
export function allRelations(asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      `MATCH (s:${actorLabel})-[r:${allRelationTypes()}]->(t:${actorLabel})`,
      asOf !== null && `WHERE ${activeOn('r')}`,
      `RETURN ${relationList('r', 's', 't')} AS relation`,
    ),
    params: asOf !== null ? { asOf } : {},
  };
}

/**
 * How many relations each kind has, as one list in `relationKindNames` order (each count read from
 * the count store, without touching a relationship): a lookup in every kind's index can skip the
 * empty ones.
 */
export function relationCountsByKind(): CypherQuery {
  const counts = relationKindNames.map((kind, i) => `CALL () { MATCH ()-[r:${relationType(kind)}]->() RETURN count(r) AS count${i} }`);
  return { cypher: lines(...counts, `RETURN [${relationKindNames.map((_, i) => `count${i}`).join(', ')}] AS counts`), params: {} };
}

export function countRelations(): CypherQuery {
  return {
    // Every relationship of these types joins two actors: no node labels, so no expansion is needed.
    cypher: `MATCH ()-[r:${allRelationTypes()}]->() RETURN count(r) AS count`,
    params: {},
  };
}
