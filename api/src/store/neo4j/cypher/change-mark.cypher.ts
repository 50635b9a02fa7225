import { changeMarkLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

/**
 * Bumps the counter in the caller's write transaction, so it moves exactly when the write commits.
 * The epoch is drawn when the node is first made: a wiped and refilled database never repeats a
 * mark an instance may still hold in its caches.
 */
export function bumpChangeMark(): CypherQuery {
  return {
    cypher: lines(
      `MERGE (m:${changeMarkLabel} {id: 'graph'})`,
      `ON CREATE SET m.epoch = randomUUID(), m.value = 0`,
      `SET m.value = m.value + 1`,
      `RETURN m.epoch AS epoch, m.value AS value`,
    ),
    params: {},
  };
}

/** One indexed lookup: cheap enough to ask before every cached read. */
export function readChangeMark(): CypherQuery {
  return {
    cypher: lines(`MATCH (m:${changeMarkLabel} {id: 'graph'})`, `RETURN m.epoch AS epoch, m.value AS value`),
    params: {},
  };
}
