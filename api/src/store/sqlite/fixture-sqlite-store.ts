import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureDocument } from '../contract/fixture';
import { openSqliteStore, type SqliteGraphStore } from './sqlite-store';

/** For tests: a fresh SQLite file in a temporary folder, holding the contract fixture; `remove` closes it and deletes the folder. */
export async function openFixtureSqliteStore(): Promise<{ store: SqliteGraphStore; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'weefsel-fixture-'));
  const store = openSqliteStore(path.join(dir, 'weefsel.sqlite'));
  await store.init();
  await store.importGraph(fixtureDocument());
  return {
    store,
    remove: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
