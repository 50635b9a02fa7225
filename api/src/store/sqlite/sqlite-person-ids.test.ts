import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacyPersonIdBase } from '../shared/legacy-person-ids';
import { openSqliteStore, type SqliteGraphStore } from './sqlite-store';

describe('SqliteGraphStore at start: person ids that were a hash of the name', () => {
  let dir: string;
  const opened: SqliteGraphStore[] = [];

  async function open(): Promise<SqliteGraphStore> {
    const store = openSqliteStore(join(dir, 'weefsel.db'));
    opened.push(store);
    await store.init();
    return store;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-ids-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('renames them to random ids, relations and domains included, and leaves other ids alone', async () => {
    const hashed = legacyPersonIdBase('TransitionManager', 'Lotte Voorbeeld');
    const first = await open();
    await first.upsertActor({ id: 'org-a', kind: 'Organisation', name: 'A' });
    await first.upsertActor({ id: hashed, kind: 'TransitionManager', name: 'Lotte Voorbeeld', domains: ['CARE'] });
    await first.upsertActor({ id: `${hashed}-2`, kind: 'TransitionManager', name: 'Lotte Voorbeeld' });
    await first.upsertActor({ id: 'tm-chosen', kind: 'TransitionManager', name: 'Jan Gekozen' });
    await first.upsertRelation({ kind: 'COACHES', source: hashed, target: 'org-a' });
    await first.upsertRelation({ id: 'rel-own-id', kind: 'COACHES', source: hashed, target: 'org-a', since: '2020-01-01' });
    await first.close();

    const store = await open();
    expect(store.renamedPeople).toBe(2);
    expect(await store.getActor(hashed)).toBeNull();
    const people = (await store.listActors({ kinds: ['TransitionManager'] }, { offset: 0, limit: 10 })).items;
    const lotte = people.filter((p) => p.name === 'Lotte Voorbeeld');
    expect(lotte).toHaveLength(2);
    for (const person of lotte) expect(person.id).toMatch(/^transitionmanager-[0-9a-f]{12}$/);
    expect(people.map((p) => p.id)).toContain('tm-chosen');
    const renamed = lotte.find((p) => p.domains.includes('CARE'))!;
    const relations = await store.relationsOf(renamed.id);
    expect(relations.map((r) => r.id).sort()).toEqual([`${renamed.id}--COACHES--org-a`, 'rel-own-id'].sort());
    expect(JSON.stringify(await store.exportGraph())).not.toContain(hashed);

    await store.close();
    expect((await open()).renamedPeople).toBe(0);
  });
});
