import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../store-errors';
import { busyTimeoutMs } from './sqlite-errors';
import { openSqliteStore, type SqliteGraphStore } from './sqlite-store';

describe('SqliteGraphStore when the database cannot be reached', () => {
  let dir: string;
  let store: SqliteGraphStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-unavailable-'));
    store = openSqliteStore(join(dir, 'weefsel.db'));
    await store.init();
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails a write as unavailable (retryable) while another process holds the write lock, then works again', async () => {
    const other = new BetterSqlite3(join(dir, 'weefsel.db'));
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const error = await store.upsertActor({ id: 'a', kind: 'Organisation', name: 'A' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ retryable: true, store: 'sqlite', message: expect.stringMatching(/SQLITE_BUSY.*retry/) });
    expect(Date.now() - started).toBeLessThan(busyTimeoutMs + 1500);
    // Reads go on meanwhile (WAL), so the store stays ready.
    await expect(store.ping()).resolves.toBeUndefined();
    other.exec('ROLLBACK');
    other.close();
    await expect(store.upsertActor({ id: 'a', kind: 'Organisation', name: 'A' })).resolves.toMatchObject({ id: 'a' });
  });

  it('answers every call on a closed store as unavailable, ping included', async () => {
    await store.close();
    for (const call of [() => store.ping(), () => store.getActor('a'), () => store.listUsers(), () => store.auditLog({}, { offset: 0, limit: 1 })]) {
      await expect(call()).rejects.toBeInstanceOf(StoreUnavailableError);
    }
  });
});
