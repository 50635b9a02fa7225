import type { Database } from 'better-sqlite3';

/**
 * After an erasure, removes what is left of the person in the file. `secure_delete` (set at open)
 * zeroes the freed rows, but the search index keeps a deleted name's trigrams in older segments
 * until they merge, and the WAL keeps the old pages until a checkpoint: so merge the index, then
 * copy the WAL into the database and truncate it to zero bytes.
 */
export function forgetErased(db: Database): void {
  db.prepare("INSERT INTO actor_search (actor_search) VALUES ('optimize')").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
}
