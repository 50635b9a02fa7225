import type { StoreKind } from './store-adapters';

/**
 * The store cannot be reached right now (Neo4j down or restarting, SQLite locked by another
 * process or closed). The request did nothing; the same request may succeed when retried.
 * The API answers it as `extensions.code = 'SERVICE_UNAVAILABLE'`, `retryable: true`.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  readonly retryable = true;

  constructor(
    readonly store: StoreKind,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`The ${store} store is unavailable (${reason}); retry in a moment`, options);
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}

/**
 * The store can be read but not written (a read-only file or mount). Retrying does not help: an
 * operator must make the database writable. The API answers it as `STORE_READ_ONLY`.
 */
export class StoreReadOnlyError extends Error {
  override name = 'StoreReadOnlyError';
  readonly retryable = false;

  constructor(
    readonly store: StoreKind,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`The ${store} store cannot be written (${reason}); make the database writable by the server's user and restart`, options);
  }
}
