import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { busyTimeoutMs } from './sqlite-errors';

export interface SqliteOpenOptions {
  /**
   * Opens the connection read-only, as SQLite itself does when it may only read the file. Lets a
   * test (which runs as root, where a file mode stops nothing) see what a read-only file does.
   */
  readonly?: boolean;
}

/** The file holds password hashes and personal data: only the server's user may read it. */
export const databaseFileMode = 0o600;

const isFile = (file: string) => file !== ':memory:' && !file.startsWith('file:');

/**
 * Creates the file 0600 before SQLite does (SQLite would use 0644); SQLite gives the -wal and
 * -shm files the mode of the database file. A file left 0644 by an older version is tightened.
 */
function createPrivately(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    closeSync(openSync(file, 'a', databaseFileMode));
    return;
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(path)) chmodSync(path, databaseFileMode);
    } catch {
      // Not the owner, or a read-only mount: the mode stays as the operator set it.
    }
  }
}

/** Opens the connection with the pragmas every Weefsel connection needs. */
export function openDatabase(file: string, options: SqliteOpenOptions = {}): Database {
  if (isFile(file) && !options.readonly) createPrivately(file);
  // A write waits this long for another process's write lock, then fails as unavailable.
  const db = new BetterSqlite3(file, { timeout: busyTimeoutMs, readonly: options.readonly ?? false });
  // WAL lets readers run while an import writes; foreign keys make deletes cascade to relations.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, so an erased person cannot be read back from the file.
  db.pragma('secure_delete = ON');
  // The default 2 MB page cache thrashes on a Flanders-scale graph (relation indexes alone are
  // tens of MB); a larger cache and memory-mapped reads halve import and subgraph times.
  db.pragma('cache_size = -131072');
  db.pragma('mmap_size = 1073741824');
  db.pragma('temp_store = MEMORY');
  return db;
}
