import { actorLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

/** Id, kind and name of the actors of these kinds (the kinds whose name is personal data). */
export function actorsOfKinds(kinds: readonly string[]): CypherQuery {
  return {
    cypher: lines(`MATCH (a:${actorLabel})`, `WHERE a.kind IN $kinds`, `RETURN a.id AS id, a.kind AS kind, a.name AS name`),
    params: { kinds: [...kinds] },
  };
}

/** The relations of one actor with their endpoints' ids, to re-derive their ids after a rename. */
export function relationEndsOf(id: string): CypherQuery {
  return {
    cypher: lines(
      `MATCH (a:${actorLabel} {id: $id})-[r]-(:${actorLabel})`,
      `RETURN DISTINCT r.id AS id, r.kind AS kind, startNode(r).id AS source, endNode(r).id AS target`,
    ),
    params: { id },
  };
}

/**
 * Gives an actor a new id and its relations their new ids (`renames`: old id to new id); the
 * relationships themselves stay, so their endpoints follow the node.
 */
export function renameActor(from: string, to: string, renames: readonly { id: string; newId: string }[]): CypherQuery {
  return {
    cypher: lines(
      `MATCH (a:${actorLabel} {id: $from})`,
      `SET a.id = $to`,
      `WITH a`,
      `UNWIND $renames AS rename`,
      `MATCH (a)-[r]-(:${actorLabel})`,
      `WHERE r.id = rename.id`,
      `SET r.id = rename.newId`,
      `RETURN count(DISTINCT r) AS renamed`,
    ),
    params: { from, to, renames: [...renames] },
  };
}
