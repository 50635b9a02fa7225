import { accessSync, constants, existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { StoreReadOnlyError } from '../store-errors';

/**
 * One real write (the schema version, set to itself): SQLite opens a file it may not write
 * read-only without a word, and only a write shows it. Cheap, and done once at start.
 */
export function probeWrite(db: Database): void {
  const version = Number(db.pragma('user_version', { simple: true }));
  db.pragma(`user_version = ${version}`);
}

/**
 * For readiness, without writing: a read-only mount or an immutable file refuses write access
 * even to root, so this also holds where file modes do not (containers running as root).
 */
export function checkWritable(file: string): void {
  if (file === ':memory:' || file.startsWith('file:')) return;
  for (const path of [file, `${file}-wal`]) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      throw new StoreReadOnlyError('sqlite', `${path} is not writable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
    }
  }
}
