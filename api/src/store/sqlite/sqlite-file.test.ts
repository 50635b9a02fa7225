import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreReadOnlyError } from '../store-errors';
import { systemAuthor } from '../user-audit-store';
import { openSqliteStore, type SqliteGraphStore } from './sqlite-store';

/** Where a pattern occurs in the bytes of the database file and its WAL, with some context. */
function onDisk(file: string, pattern: RegExp): string[] {
  return [file, `${file}-wal`].filter(existsSync).flatMap((path) => {
    const text = readFileSync(path).toString('latin1');
    return [...text.matchAll(new RegExp(pattern, 'gi'))].map((m) => `${path}: ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40))}`);
  });
}

describe('the SQLite file on disk', () => {
  let dir: string;
  let file: string;
  const opened: SqliteGraphStore[] = [];

  async function open(options?: { readonly?: boolean }): Promise<SqliteGraphStore> {
    const store = openSqliteStore(file, undefined, options);
    opened.push(store);
    await store.init();
    return store;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-file-'));
    file = join(dir, 'weefsel.db');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is created readable by its owner only, with its -wal and -shm files', async () => {
    const store = await open();
    await store.upsertActor({ id: 'org-a', kind: 'Organisation', name: 'A' });
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(path), path).toBe(true);
      expect((statSync(path).mode & 0o777).toString(8), path).toBe('600');
    }
  });

  it('tightens a file an older version left readable by everyone', async () => {
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    await open();
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
  });

  it('keeps no byte of an erased person: not in the database file, not in the WAL', async () => {
    const store = await open();
    await store.upsertActor({ id: 'tm-erase', kind: 'TransitionManager', name: 'Erika Wisbaar', contact: { email: 'erika.wisbaar@example.org' } });
    await store.upsertActor({ id: 'tm-erase', kind: 'TransitionManager', name: 'Erika Wisbaar-Ooms', contact: { email: 'erika.wisbaar@example.org' } });
    await store.upsertRelation({ id: 'rel-erase', kind: 'COACHES', source: 'tm-erase', target: 'org-keep' }).catch(() => undefined);
    expect(onDisk(file, /wisbaar/)).not.toEqual([]);
    await store.erasePerson('tm-erase', systemAuthor);
    expect(onDisk(file, /wisbaar|erika/)).toEqual([]);
  });

  it('refuses to start on a file it cannot write, naming the file and the fix', async () => {
    await (await open()).close();
    const error = await open({ readonly: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreReadOnlyError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/make the database writable/);
  });

  it('answers writes on a database that became read-only with a clear error, and is no longer ready', async () => {
    const store = await open();
    await expect(store.ping()).resolves.toBeUndefined();
    // What a read-only file does to a running connection (root ignores file modes, so no chmod).
    (store as unknown as { db: { pragma(s: string): unknown } }).db.pragma('query_only = ON');
    await expect(store.upsertActor({ id: 'org-b', kind: 'Organisation', name: 'B' })).rejects.toBeInstanceOf(StoreReadOnlyError);
    await expect(store.ping()).rejects.toThrow(/cannot be written/);
    await expect(store.getActor('org-b')).resolves.toBeNull();
  });
});
