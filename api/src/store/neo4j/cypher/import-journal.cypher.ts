import { actorLabel, importJournalLabel, importUndoLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

/** Journals of imports that have not finished cleaning up, oldest first. */
export function openJournals(): CypherQuery {
  return {
    cypher: lines(
      `MATCH (j:${importJournalLabel})`,
      `RETURN j.id AS id, j.state AS state, j.heartbeat AS heartbeat`,
      `ORDER BY j.startedAt`,
    ),
    params: {},
  };
}

/** Starts a journal; the uniqueness constraint on id makes a second start of the same id fail. */
export function createJournal(id: string, now: string): CypherQuery {
  return {
    cypher: lines(`CREATE (j:${importJournalLabel} {id: $id, state: 'running', startedAt: $now, heartbeat: $now})`, `RETURN j.id AS id`),
    params: { id, now },
  };
}

/**
 * Records one batch's before-images and proves the journal is still running (another instance
 * may have rolled back a journal it judged abandoned): no row back means stop.
 */
export function recordUndo(importId: string, seq: number, entries: string, now: string): CypherQuery {
  return {
    cypher: lines(
      `MATCH (j:${importJournalLabel} {id: $importId, state: 'running'})`,
      `SET j.heartbeat = $now`,
      `CREATE (u:${importUndoLabel} {importId: $importId, seq: $seq, entries: $entries})`,
      `RETURN j.id AS id`,
    ),
    params: { importId, seq, entries, now },
  };
}

export function setJournalState(importId: string, state: 'done' | 'rollingBack'): CypherQuery {
  return {
    cypher: lines(`MATCH (j:${importJournalLabel} {id: $importId})`, `SET j.state = $state`, `RETURN j.id AS id`),
    params: { importId, state },
  };
}

/** The newest undo batch of an import: undone one at a time, newest first. */
export function lastUndo(importId: string): CypherQuery {
  return {
    cypher: lines(
      `MATCH (u:${importUndoLabel} {importId: $importId})`,
      `RETURN u.seq AS seq, u.entries AS entries`,
      `ORDER BY u.seq DESC`,
      `LIMIT 1`,
    ),
    params: { importId },
  };
}

export function deleteUndo(importId: string, seq: number): CypherQuery {
  return {
    cypher: lines(`MATCH (u:${importUndoLabel} {importId: $importId, seq: $seq})`, `DELETE u`, `RETURN count(*) AS deleted`),
    params: { importId, seq },
  };
}

/** Deletes up to `limit` undo batches of a finished import; called until it deletes none. */
export function deleteSomeUndo(importId: string, limit: number): CypherQuery {
  return {
    cypher: lines(`MATCH (u:${importUndoLabel} {importId: $importId})`, `WITH u LIMIT toInteger($limit)`, `DELETE u`, `RETURN count(*) AS deleted`),
    params: { importId, limit },
  };
}

export function deleteJournal(importId: string): CypherQuery {
  return { cypher: lines(`MATCH (j:${importJournalLabel} {id: $importId})`, `DELETE j`, `RETURN count(*) AS deleted`), params: { importId } };
}

/** Deletes actors an import created (DETACH: their relations were created by it too). */
export function deleteActorsById(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (a:${actorLabel} {id: id})`, `DETACH DELETE a`, `RETURN count(*) AS deleted`),
    params: { ids: [...ids] },
  };
}
