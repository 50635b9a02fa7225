import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorFields, relationFields } from '../shared/record-fields';
import { buildDdl, currentLists, ddlFingerprint, type SchemaLists } from './sqlite-ddl';
import { applySchema } from './sqlite-migrate';
import { actorParams, relationParams } from './sqlite-rows';
import { prepareStatements, type Statements } from './sqlite-statements';
import { openSqliteStore } from './sqlite-store';

/** Writes a database the way a build with other value lists would have. */
function createWith(file: string, lists: SchemaLists, write: (statements: Statements) => void): void {
  const db = new BetterSqlite3(file);
  expect(applySchema(db, lists)).toBe('created');
  write(prepareStatements(db));
  db.close();
}

const at = '2020-02-02T02:02:02.000Z';

describe('SQLite schema migration', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-migrate-'));
    file = join(dir, 'weefsel.db');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('derives the fingerprint from the value lists', () => {
    const fewer = { ...currentLists, targetGroups: currentLists.targetGroups.slice(1) };
    expect(ddlFingerprint(buildDdl(fewer))).not.toBe(ddlFingerprint(buildDdl()));
    expect(ddlFingerprint(buildDdl())).toBe(ddlFingerprint(buildDdl(currentLists)));
    expect(buildDdl().join('\n')).toContain(`'${currentLists.nodeKinds.at(-1)}'`);
  });

  it('rebuilds a database made with an older kind list and keeps its data, timestamps and indexes', async () => {
    const older: SchemaLists = {
      ...currentLists,
      nodeKinds: currentLists.nodeKinds.filter((k) => k !== 'TransitionManager'),
      relationKinds: currentLists.relationKinds.filter((k) => k !== 'COACHES'),
    };
    createWith(file, older, (statements) => {
      statements.upsertActor.get(actorParams(actorFields({ id: 'caw', kind: 'Organisation', name: 'CAW Mariënstede', domains: ['WELFARE'] }), at));
      statements.upsertActor.get(actorParams(actorFields({ id: 'p', kind: 'Project', name: 'Project' }), at));
      statements.upsertRelation.get(relationParams(relationFields({ id: 'lead', kind: 'LEAD_OF', source: 'caw', target: 'p' }), at));
    });
    const db = new BetterSqlite3(file);
    expect(() => db.prepare("INSERT INTO actors (id, kind, name, name_folded, formal, created_at, updated_at) VALUES ('t', 'TransitionManager', 't', 't', 1, '', '')").run()).toThrow(/CHECK/);
    db.close();

    const store = openSqliteStore(file);
    try {
      await store.init();
      expect(store.schemaOutcome).toBe('migrated');
      expect(await store.getActor('caw')).toMatchObject({ name: 'CAW Mariënstede', createdAt: at, updatedAt: at });
      expect(await store.getRelation('lead')).toMatchObject({ source: 'caw', target: 'p', createdAt: at });
      expect((await store.searchActors('marienstede', 5)).map((a) => a.id)).toEqual(['caw']);
      expect((await store.listActors({ domains: ['WELFARE'] }, { offset: 0, limit: 5 })).total).toBe(1);
      await store.upsertActor({ id: 'tm', kind: 'TransitionManager', name: 'Coach' });
      await store.upsertRelation({ kind: 'COACHES', source: 'tm', target: 'p' });
      await store.deleteActor('p');
      expect(await store.counts()).toEqual({ actors: 2, relations: 0 });
    } finally {
      await store.close();
    }
    const again = openSqliteStore(file);
    await again.init();
    expect(again.schemaOutcome).toBe('current');
    await again.close();
  });

  it('refuses to migrate values graph-schema no longer defines and leaves the database as it was', async () => {
    const wider: SchemaLists = { ...currentLists, nodeKinds: [...currentLists.nodeKinds, 'Hospital'] };
    createWith(file, wider, (statements) => {
      statements.upsertActor.get({ ...actorParams(actorFields({ id: 'az', kind: 'Organisation', name: 'AZ' }), at), kind: 'Hospital' });
    });
    const store = openSqliteStore(file);
    await expect(store.init()).rejects.toThrow(/actors\.kind: Hospital.*export the data/);
    await store.close();
    const db = new BetterSqlite3(file);
    expect(db.pragma('user_version', { simple: true })).toBe(ddlFingerprint(buildDdl(wider)));
    expect(db.prepare('SELECT kind FROM actors').all()).toEqual([{ kind: 'Hospital' }]);
    db.close();
  });
});
