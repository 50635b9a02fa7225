import { actorLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

/** Up to `limit` actors written before names were stored with their word starts marked. */
export function unmarkedNames(limit: number): CypherQuery {
  return {
    cypher: lines(`MATCH (a:${actorLabel})`, `WHERE a.nameMarked IS NULL`, `RETURN a.id AS id, a.name AS name`, `LIMIT toInteger($limit)`),
    params: { limit },
  };
}

/** Stores each actor's marked name (`rows`: id and nameMarked). */
export function setNameMarks(rows: readonly { id: string; nameMarked: string }[]): CypherQuery {
  return {
    cypher: lines(`UNWIND $rows AS row`, `MATCH (a:${actorLabel} {id: row.id})`, `SET a.nameMarked = row.nameMarked`, `RETURN count(a) AS written`),
    params: { rows: rows.map((row) => ({ ...row })) },
  };
}
