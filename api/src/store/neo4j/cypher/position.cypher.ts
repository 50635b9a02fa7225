import type { StoredPosition } from '../../position-store';
import { actorLabel, drawnInType, drawnScopeLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

export function readPositions(scopeKey: string): CypherQuery {
  return {
    cypher: lines(
      `MATCH (:${drawnScopeLabel} {key: $key})<-[p:${drawnInType}]-(a:${actorLabel})`,
      `RETURN a.id AS actorId, p.x AS x, p.y AS y, p.pinned AS pinned`,
    ),
    params: { key: scopeKey },
  };
}

/** Which of these ids are actors. */
export function actorIdsAmong(ids: readonly string[]): CypherQuery {
  return { cypher: lines(`MATCH (a:${actorLabel})`, `WHERE a.id IN $ids`, `RETURN a.id AS id`), params: { ids: [...new Set(ids)] } };
}

export function clearPositions(scopeKey: string): CypherQuery {
  return { cypher: lines(`MATCH (:${drawnScopeLabel} {key: $key})<-[p:${drawnInType}]-()`, `DELETE p`, `RETURN count(*) AS deleted`), params: { key: scopeKey } };
}

/** Sets each actor's position in the scope (its actors must exist: the MATCH skips others). */
export function setPositions(scopeKey: string, positions: readonly StoredPosition[]): CypherQuery {
  return {
    cypher: lines(
      `MERGE (s:${drawnScopeLabel} {key: $key})`,
      `WITH s`,
      `UNWIND $rows AS row`,
      `MATCH (a:${actorLabel} {id: row.actorId})`,
      `MERGE (a)-[p:${drawnInType}]->(s)`,
      `SET p.x = row.x, p.y = row.y, p.pinned = row.pinned`,
      `RETURN count(p) AS written`,
    ),
    params: { key: scopeKey, rows: positions.map((p) => ({ actorId: p.actorId, x: p.x, y: p.y, pinned: p.pinned })) },
  };
}
