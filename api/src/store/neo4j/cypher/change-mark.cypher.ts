import { changeLogLength, type Touched } from '../../graph-changes';
import { changeMarkLabel, graphChangeLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

/**
 * Bumps the counter in the caller's write transaction, so it moves exactly when the write commits,
 * and logs what the write touched under the new value. The epoch is drawn when the node is first
 * made: a wiped and refilled database never repeats a mark an instance may still hold in its caches.
 */
export function bumpChangeMark(touched: Touched): CypherQuery {
  return {
    cypher: lines(
      `MERGE (m:${changeMarkLabel} {id: 'graph'})`,
      `ON CREATE SET m.epoch = randomUUID(), m.value = 0`,
      `SET m.value = m.value + 1`,
      `CREATE (:${graphChangeLabel} {seq: m.value, touched: $touched})`,
      `RETURN m.epoch AS epoch, m.value AS value`,
    ),
    params: { touched: JSON.stringify(touched) },
  };
}

/**
 * Bumps the users' counter on the same node (see `mark-parts.ts`), in the caller's write
 * transaction: a user or session write, which leaves the graph's counter and its log alone.
 */
export function bumpUsersMark(): CypherQuery {
  return {
    cypher: lines(
      `MERGE (m:${changeMarkLabel} {id: 'graph'})`,
      `ON CREATE SET m.epoch = randomUUID(), m.value = 0`,
      `SET m.users = coalesce(m.users, 0) + 1`,
    ),
    params: {},
  };
}

/** Drops the log entries older than the last `changeLogLength` (run every hundredth write). */
export function pruneChangeLog(value: number): CypherQuery {
  return {
    cypher: lines(`MATCH (c:${graphChangeLabel})`, `WHERE c.seq <= $below`, `DELETE c`),
    params: { below: value - changeLogLength },
  };
}

/** One indexed lookup: cheap enough to ask before every cached read. */
export function readChangeMark(): CypherQuery {
  return {
    cypher: lines(`MATCH (m:${changeMarkLabel} {id: 'graph'})`, `RETURN m.epoch AS epoch, m.value AS value, coalesce(m.users, 0) AS users`),
    params: {},
  };
}

/** The log entries after `seq`, in order, with the mark they lead to. */
export function changesAfter(seq: number): CypherQuery {
  return {
    cypher: lines(
      `MATCH (m:${changeMarkLabel} {id: 'graph'})`,
      `OPTIONAL MATCH (c:${graphChangeLabel}) WHERE c.seq > $seq`,
      `WITH m, c ORDER BY c.seq`,
      `RETURN m.epoch AS epoch, m.value AS value, collect(c.touched) AS touched`,
    ),
    params: { seq },
  };
}
