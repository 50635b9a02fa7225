import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { foldText, ValidationError } from '@weefsel/graph-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteGraphStore } from './sqlite-store';

// Text rules apply on write: a file written before them may hold text they now refuse.
describe('SQLite text stored before the text rules', () => {
  let dir: string;
  let store: SqliteGraphStore | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-legacy-'));
  });
  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still loads, lists, searches and exports; a write of the same text is refused', async () => {
    const file = join(dir, 'weefsel.db');
    store = openSqliteStore(file);
    await store.init();
    await store.importGraph({ actors: [{ id: 'o-oud', kind: 'Organisation', name: 'Oud huis', description: 'x' }], relations: [] });
    await store.close();

    const legacyName = 'Oud\u0000huis \u202Eoverride';
    const db = new BetterSqlite3(file);
    db.prepare('UPDATE actors SET name = ?, name_folded = ?, description = ? WHERE id = ?').run(legacyName, foldText(legacyName), '\u200B', 'o-oud');
    db.close();

    store = openSqliteStore(file);
    await store.init();
    expect((await store.getActor('o-oud'))?.name).toBe(legacyName);
    expect((await store.getActor('o-oud'))?.description).toBe('\u200B');
    expect((await store.listActors({}, { offset: 0, limit: 10 })).items.map((a) => a.name)).toEqual([legacyName]);
    expect((await store.searchActors('override', 10)).map((a) => a.id)).toEqual(['o-oud']);
    expect((await store.exportGraph()).actors[0]?.name).toBe(legacyName);
    await expect(store.upsertActor({ id: 'o-oud', kind: 'Organisation', name: legacyName })).rejects.toBeInstanceOf(ValidationError);
    expect((await store.getActor('o-oud'))?.name).toBe(legacyName);
  });
});
