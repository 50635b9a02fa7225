import { collaborationKinds } from '@weefsel/graph-schema';
import { actorLabel, allRelationTypes, collaborationTypes, placementTypes } from './cypher-names';
import { activeOn, lines, returnInBlocks, type CypherQuery } from './cypher-query';
import { actorList, relationList } from './projections';

function asOfParams(asOf: string | null): Record<string, unknown> {
  return asOf !== null ? { asOf } : {};
}

/** ` AND <r active on $asOf>`, or nothing without a date (so the planner has no predicate to carry). */
function andActive(asOf: string | null, variable = 'r'): string {
  return asOf !== null ? ` AND ${activeOn(variable)}` : '';
}

/**
 * The area node and every actor that reaches it through placement relations (source lies within
 * target), the area included (zero-length path). With `asOf`, every relation on the path must be
 * active on that date. The predicate is left out entirely without a date, rather than
 * `$asOf IS NULL OR ...`, so the planner can prune the expansion.
 */
function memberPattern(asOf: string | null): string {
  return lines(
    `MATCH (area:${actorLabel} {id: $areaId})`,
    `MATCH p = (member:${actorLabel})-[:${placementTypes()}*0..]->(area)`,
    asOf !== null && `WHERE all(r IN relationships(p) WHERE ${activeOn('r')})`,
  );
}

/** Ids of the actors inside an area (see `memberPattern`); used by the area filter of listActors. */
export function areaMembers(areaId: string, asOf: string | null): CypherQuery {
  return {
    cypher: lines(memberPattern(asOf), `RETURN DISTINCT member.id AS id`),
    params: { areaId, ...asOfParams(asOf) },
  };
}

/**
 * A whole area subgraph in one statement (one round trip instead of five): the inside actors, the
 * relations leaving them (to another inside actor, any kind; to an outside actor, collaboration
 * ties only) and the collaboration ties coming in from outside, plus the outside actors those ties
 * reach (the boundary). Relationship types only ever join actors, so the far ends carry no label.
 * Answered in blocks (`returnInBlocks`) of `actors`, `boundaryActors` (lists in `actorListKeys`
 * order) and `relations` (`relationListKeys`), each record with the area's kind; no record when
 * the area does not exist.
 */
export function areaSubgraph(areaId: string, asOf: string | null): CypherQuery {
  return {
    cypher: lines(
      memberPattern(asOf),
      `WITH area, collect(DISTINCT member) AS inside`,
      `CALL (inside) {`,
      `  CALL (inside) {`,
      `    UNWIND inside AS s`,
      `    MATCH (s)-[r:${allRelationTypes()}]->(t)`,
      `    WHERE (t IN inside OR type(r) IN $collaboration)${andActive(asOf)}`,
      `    RETURN r, s, t, CASE WHEN t IN inside THEN null ELSE t END AS outside`,
      `    UNION ALL`,
      `    UNWIND inside AS t`,
      `    MATCH (s)-[r:${collaborationTypes()}]->(t)`,
      `    WHERE NOT s IN inside${andActive(asOf)}`,
      `    RETURN r, s, t, s AS outside`,
      `  }`,
      `  RETURN collect(${relationList('r', 's', 't')}) AS relations, collect(DISTINCT outside) AS boundary`,
      `}`,
      `WITH area, [a IN inside | ${actorList('a')}] AS actors, [b IN boundary | ${actorList('b')}] AS boundaryActors, relations`,
      returnInBlocks(['actors', 'boundaryActors', 'relations'], ['area.kind AS areaKind']),
    ),
    params: { areaId, collaboration: [...collaborationKinds], ...asOfParams(asOf) },
  };
}

/**
 * An ego network in one statement: breadth-first over collaboration ties (either direction), one
 * CALL per ring, each asking only for the partners of the newest ring that were not reached
 * before, so every actor is expanded once (a variable-length pattern would enumerate paths). Then
 * every relation (any kind) with both ends reached. Answered in blocks of `actors`, each a pair
 * [actor list, distance from the ego], and `relations`; no record when the ego does not exist.
 */
export function egoSubgraph(actorId: string, depth: number, asOf: string | null): CypherQuery {
  if (!Number.isInteger(depth) || depth < 1) throw new Error(`egoSubgraph: depth must be a whole number >= 1, got ${depth}`);
  const ring = (step: number) =>
    lines(
      `CALL (reached, ring) {`,
      `  UNWIND ring AS a`,
      `  MATCH (a)-[r:${collaborationTypes()}]-(b)`,
      `  WHERE NOT b IN reached${andActive(asOf)}`,
      `  RETURN collect(DISTINCT b) AS next`,
      `}`,
      `WITH reached + next AS reached, next AS ring, actors + [b IN next | [${actorList('b')}, ${step}]] AS actors`,
    );
  return {
    cypher: lines(
      `MATCH (ego:${actorLabel} {id: $actorId})`,
      `WITH [ego] AS reached, [ego] AS ring, [[${actorList('ego')}, 0]] AS actors`,
      ...Array.from({ length: depth }, (_, i) => ring(i + 1)),
      `CALL (reached) {`,
      `  UNWIND reached AS s`,
      `  MATCH (s)-[r:${allRelationTypes()}]->(t)`,
      `  WHERE t IN reached${andActive(asOf)}`,
      `  RETURN collect(${relationList('r', 's', 't')}) AS relations`,
      `}`,
      returnInBlocks(['actors', 'relations']),
    ),
    params: { actorId, ...asOfParams(asOf) },
  };
}
