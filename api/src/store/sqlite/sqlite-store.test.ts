import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineGraphStoreContract } from '../contract/graph-store.contract';
import { fixtureCounts, fixtureDocument } from '../contract/fixture';
import { openSqliteStore, type SqliteGraphStore } from './sqlite-store';

defineGraphStoreContract('sqlite (:memory:)', async () => {
  const store = openSqliteStore(':memory:');
  await store.init();
  return store;
});

describe('SqliteGraphStore on a file', () => {
  let dir: string;
  const opened: SqliteGraphStore[] = [];

  async function open(file: string): Promise<SqliteGraphStore> {
    const store = openSqliteStore(file);
    opened.push(store);
    await store.init();
    return store;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-sqlite-'));
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the parent directory, uses WAL and keeps the data across a reopen', async () => {
    const file = join(dir, 'nested', 'deeper', 'weefsel.db');
    const first = await open(file);
    expect(first.schemaOutcome).toBe('created');
    await first.importGraph(fixtureDocument());
    const before = await first.exportGraph();
    await first.close();

    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();

    const second = await open(file);
    expect(second.schemaOutcome).toBe('current');
    expect(await second.counts()).toEqual(fixtureCounts);
    expect(await second.exportGraph()).toEqual(before);
    expect((await second.searchActors('marienstede', 5)).map((a) => a.id)).toEqual(['o-marienstede']);
  });

  it('keeps the search index consistent with the table through updates, deletes and a replace', async () => {
    const store = await open(join(dir, 'weefsel.db'));
    await store.importGraph(fixtureDocument());
    await store.upsertActor({ id: 'o-vvsg', kind: 'Organisation', name: 'Vlaamse Gemeenten' });
    await store.deleteActor('tm-eline');
    // The deleted actor held the highest rowid: the next insert reuses it.
    await store.upsertActor({ id: 'o-new', kind: 'Organisation', name: 'Nieuwe Organisatie' });
    expect((await store.searchActors('peeters', 5)).map((a) => a.id)).toEqual([]);
    await store.importGraph(fixtureDocument(), { replace: true });
    await store.close();
    const db = new BetterSqlite3(join(dir, 'weefsel.db'));
    expect(() => db.exec("INSERT INTO actor_search (actor_search, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    const junction = db.prepare('SELECT count(*) AS n FROM actor_domains').get() as { n: number };
    const expected = fixtureDocument().actors.reduce((n, a) => n + new Set(a.domains ?? []).size, 0);
    expect(junction.n).toBe(expected);
    db.close();
  });
});
