import { StoreReadOnlyError, StoreUnavailableError } from '../store-errors';

/**
 * SQLite result codes that mean "cannot reach the data right now", not "this request is wrong":
 * another process holds the write lock past the busy timeout, or the file cannot be read or opened.
 */
const unavailableCode = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN)/;

/** How long a write waits for another process's write lock before it fails as unavailable. */
export const busyTimeoutMs = 2000;

export function asStoreError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return new StoreReadOnlyError('sqlite', `${code}: the file, its directory or its mount is read-only`, { cause: error });
  }
  if (typeof code === 'string' && unavailableCode.test(code)) {
    return new StoreUnavailableError('sqlite', code, { cause: error });
  }
  // better-sqlite3 throws a TypeError for a statement run on a closed connection.
  if (error instanceof TypeError && /database connection is not open/.test(error.message)) {
    return new StoreUnavailableError('sqlite', 'the database is closed', { cause: error });
  }
  return error;
}

/** Runs a synchronous store call and rethrows unavailability as StoreUnavailableError. */
export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStoreError(error);
  }
}
