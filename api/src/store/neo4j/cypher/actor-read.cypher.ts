import type { ActorFilter, PageRequest } from '../../graph-store';
import { actorLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';
import { viewerSortNames } from '../../shared/viewer-order';
import { actorList, actorMap } from './projections';

/** The actors with these ids (unknown ids are skipped); order is not defined. */
export function actorsByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (a:${actorLabel} {id: id})`, `RETURN ${actorMap('a')} AS actor`),
    params: { ids: [...ids] },
  };
}

/** Only the last day of those of these actors that have one: what ends their relations (see shared/status-on-read). */
export function actorEndsByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (a:${actorLabel} {id: id})`, `WHERE a.until IS NOT NULL`, `RETURN a.id AS id, a.until AS until`),
    params: { ids: [...ids] },
  };
}

/** Only id and kind: enough to check relation endpoints. */
export function actorKindsByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (a:${actorLabel} {id: id})`, `RETURN a.id AS id, a.kind AS kind`),
    params: { ids: [...ids] },
  };
}

/**
 * Every actor, as a list (`actorList`): the region's 50,000 decode in half the time of maps. No
 * ORDER BY: the caller sorts by id, faster in Node than in the statement (`readAllActors`).
 */
export function allActors(): CypherQuery {
  return { cypher: lines(`MATCH (a:${actorLabel})`, `RETURN ${actorList('a')} AS actor`), params: {} };
}

/** Every actor's id, kind and name, as a list; no ORDER BY (see `allActors`). */
export function actorDirectory(): CypherQuery {
  return { cypher: lines(`MATCH (a:${actorLabel})`, `RETURN [a.id, a.kind, a.name] AS actor`), params: {} };
}

export function countActors(): CypherQuery {
  return { cypher: `MATCH (a:${actorLabel}) RETURN count(a) AS count`, params: {} };
}

/**
 * WHERE conditions of a filter. Only parameter names reach the text; an area filter arrives as the
 * ids of the area's members, worked out beforehand by the membership query.
 */
function filterWhere(filter: ActorFilter, memberIds: readonly string[] | null): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.kinds && filter.kinds.length > 0) {
    conditions.push('a.kind IN $kinds');
    params.kinds = [...filter.kinds];
  }
  if (filter.domains && filter.domains.length > 0) {
    conditions.push('any(d IN a.domains WHERE d IN $domains)');
    params.domains = [...filter.domains];
  }
  if (filter.targetGroups && filter.targetGroups.length > 0) {
    conditions.push('any(g IN a.targetGroups WHERE g IN $targetGroups)');
    params.targetGroups = [...filter.targetGroups];
  }
  if (filter.formal !== undefined) {
    conditions.push('a.formal = $formal');
    params.formal = filter.formal;
  }
  if (memberIds !== null) {
    conditions.push('a.id IN $memberIds');
    params.memberIds = [...memberIds];
    // On a day, the actors that exist then (as a network of that day counts them: existing-on-day.ts).
    if (filter.asOf) {
      conditions.push('(a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)');
      params.asOf = filter.asOf;
    }
  }
  return { cypher: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** One page of the filtered actors, sorted by folded name (a viewer's, see `hidePersonNames`), then id. */
export function listActorsPage(filter: ActorFilter, memberIds: readonly string[] | null, page: PageRequest): CypherQuery {
  const where = filterWhere(filter, memberIds);
  return {
    cypher: lines(
      `MATCH (a:${actorLabel})`,
      where.cypher,
      `RETURN ${actorMap('a')} AS actor`,
      filter.hidePersonNames ? `ORDER BY coalesce($viewerSortNames[a.kind], a.nameFolded), a.id` : `ORDER BY a.nameFolded, a.id`,
      // JS numbers travel as floats; SKIP and LIMIT need integers.
      `SKIP toInteger($offset) LIMIT toInteger($limit)`,
    ),
    params: { ...where.params, offset: page.offset, limit: page.limit, ...(filter.hidePersonNames ? { viewerSortNames } : {}) },
  };
}

export function countFilteredActors(filter: ActorFilter, memberIds: readonly string[] | null): CypherQuery {
  const where = filterWhere(filter, memberIds);
  return { cypher: lines(`MATCH (a:${actorLabel})`, where.cypher, `RETURN count(a) AS count`), params: where.params };
}
