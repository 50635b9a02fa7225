import { keptModelLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

export function readKeptModel(key: string): CypherQuery {
  return { cypher: lines(`MATCH (m:${keptModelLabel} {key: $key})`, `RETURN m.key AS key, m.mark AS mark, m.model AS model`), params: { key } };
}

/**
 * Sets the model when the one kept is still from `replacing` ('' stands for none kept), and
 * returns the one kept after. The write takes the node's lock, so of two instances replacing the
 * same model at once the second finds the first's and keeps it.
 */
export function keepModel(key: string, mark: string, model: string, replacing: string | null): CypherQuery {
  return {
    cypher: lines(
      `MERGE (m:${keptModelLabel} {key: $key})`,
      `SET m.lock = true`,
      `WITH m, coalesce(m.mark, '') = $replacing AS replace`,
      `SET m.mark = CASE WHEN replace THEN $mark ELSE m.mark END, m.model = CASE WHEN replace THEN $model ELSE m.model END`,
      `REMOVE m.lock`,
      `RETURN m.key AS key, m.mark AS mark, m.model AS model`,
    ),
    params: { key, mark, model, replacing: replacing ?? '' },
  };
}
