import { collaborationKinds } from '@weefsel/graph-schema';
import { actorLabel, allRelationTypes, collaborationTypes, placementTypes } from './cypher-names';
import { activeOn, lines, type CypherQuery } from './cypher-query';
import { relationMap } from './projections';

function asOfParams(asOf: string | null): Record<string, unknown> {
  return asOf !== null ? { asOf } : {};
}

/**
 * Ids of the actors inside an area: the area itself (zero-length path) and every actor that
 * reaches it through placement relations (source lies within target). With `asOf`, every
 * relation on the path must be active on that date. The predicate is left out entirely without
 * a date, rather than `$asOf IS NULL OR ...`, so the planner can prune the expansion.
 */
export function areaMembers(areaId: string, asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      `MATCH (area:${actorLabel} {id: $areaId})`,
      `MATCH p = (member:${actorLabel})-[:${placementTypes()}*0..]->(area)`,
      asOf !== null && `WHERE all(r IN relationships(p) WHERE ${activeOn('r')})`,
      `RETURN DISTINCT member.id AS id`,
    ),
    params: { areaId, ...asOfParams(asOf) },
  };
}

/**
 * Relations leaving the inside actors: to another inside actor (any kind), or to an outside
 * actor when the kind is a collaboration tie (that actor becomes a boundary node).
 */
export function relationsFromInside(insideIds: readonly string[], asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      `MATCH (s:${actorLabel})-[r:${allRelationTypes()}]->(t:${actorLabel})`,
      `WHERE s.id IN $inside AND (t.id IN $inside OR type(r) IN $collaboration)`,
      asOf !== null && `  AND ${activeOn('r')}`,
      `RETURN ${relationMap('r')} AS relation`,
    ),
    params: { inside: [...insideIds], collaboration: [...collaborationKinds], ...asOfParams(asOf) },
  };
}

/** Collaboration relations from an outside actor into the inside actors (the other direction). */
export function collaborationsIntoInside(insideIds: readonly string[], asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      `MATCH (s:${actorLabel})-[r:${collaborationTypes()}]->(t:${actorLabel})`,
      `WHERE t.id IN $inside AND NOT s.id IN $inside`,
      asOf !== null && `  AND ${activeOn('r')}`,
      `RETURN ${relationMap('r')} AS relation`,
    ),
    params: { inside: [...insideIds], ...asOfParams(asOf) },
  };
}

/** One breadth-first step of an ego network: collaboration partners of the frontier, either direction. */
export function collaborationNeighbours(frontier: readonly string[], asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      `MATCH (a:${actorLabel})-[r:${collaborationTypes()}]-(b:${actorLabel})`,
      `WHERE a.id IN $frontier`,
      asOf !== null && `  AND ${activeOn('r')}`,
      `RETURN DISTINCT b.id AS id`,
    ),
    params: { frontier: [...frontier], ...asOfParams(asOf) },
  };
}

/** Every relation (any kind, active on `asOf` when given) with both ends among these actors. */
export function relationsAmong(ids: readonly string[], asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      `MATCH (s:${actorLabel})-[r:${allRelationTypes()}]->(t:${actorLabel})`,
      `WHERE s.id IN $ids AND t.id IN $ids`,
      asOf !== null && `  AND ${activeOn('r')}`,
      `RETURN ${relationMap('r')} AS relation`,
    ),
    params: { ids: [...ids], ...asOfParams(asOf) },
  };
}
