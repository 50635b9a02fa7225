import { describe, expect, it } from 'vitest';
import { legacyPersonIdBase } from '../shared/legacy-person-ids';
import { openNeo4jStore } from './neo4j-store';
import { testNeo4jConfig, wipeNeo4j } from './testing/test-neo4j';

const config = testNeo4jConfig();

describe.runIf(config)('Neo4jGraphStore at start: person ids that were a hash of the name', () => {
  it('renames them to random ids with the derived ids of their relations, and leaves other ids alone', async () => {
    await wipeNeo4j(config!);
    const hashed = legacyPersonIdBase('TransitionManager', 'Lotte Voorbeeld');
    const first = openNeo4jStore(config!);
    await first.init();
    await first.upsertActor({ id: 'org-a', kind: 'Organisation', name: 'A' });
    await first.upsertActor({ id: hashed, kind: 'TransitionManager', name: 'Lotte Voorbeeld' });
    await first.upsertActor({ id: 'tm-chosen', kind: 'TransitionManager', name: 'Jan Gekozen' });
    await first.upsertRelation({ kind: 'COACHES', source: hashed, target: 'org-a' });
    await first.upsertRelation({ id: 'rel-own-id', kind: 'COACHES', source: hashed, target: 'org-a', since: '2020-01-01' });
    await first.close();

    const store = openNeo4jStore(config!);
    try {
      await store.init();
      expect(store.renamedPeople).toBe(1);
      expect(await store.getActor(hashed)).toBeNull();
      const people = (await store.listActors({ kinds: ['TransitionManager'] }, { offset: 0, limit: 10 })).items;
      const lotte = people.find((p) => p.name === 'Lotte Voorbeeld')!;
      expect(lotte.id).toMatch(/^transitionmanager-[0-9a-f]{12}$/);
      expect(people.map((p) => p.id)).toContain('tm-chosen');
      expect((await store.relationsOf(lotte.id)).map((r) => r.id).sort()).toEqual([`${lotte.id}--COACHES--org-a`, 'rel-own-id'].sort());
      expect(JSON.stringify(await store.exportGraph())).not.toContain(hashed);
    } finally {
      await store.close();
    }
  });
});
