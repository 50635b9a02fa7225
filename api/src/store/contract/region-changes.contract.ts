import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph-store';
import { patchRegion } from '../shared/patch-region';
import type { ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

/** Writes of every kind a reader must follow: new, changed and deleted actors and relations, dated and not. */
async function writeMix(store: GraphStore): Promise<void> {
  await store.upsertActor({ id: 'rc-new', kind: 'CitizenInitiative', name: 'Repair Café Oostende', domains: ['LEISURE'] });
  await store.upsertActor({ id: 'o-caw', kind: 'Organisation', name: 'CAW Noord-West-Vlaanderen', domains: ['WELFARE', 'CARE'], targetGroups: ['YOUNG_FAMILIES'] });
  await store.upsertRelation({ id: 'rc-tie', kind: 'PARTNERS_WITH', source: 'rc-new', target: 'o-caw', since: '2025-01-01' });
  await store.upsertRelation({ id: 'rc-ended', kind: 'PARTNERS_WITH', source: 'rc-new', target: 'o-vvsg', since: '2019-01-01', until: '2020-12-31' });
  // A tie that ended now has an end date; another gets one later than the day read.
  await store.upsertRelation({ id: 'r1', kind: 'PARTNERS_WITH', source: 'o-sociaal-huis', target: 'o-marienstede', since: '2020-01-01', until: '2021-06-30' });
  await store.deleteRelation('r9');
  // Its relations go with it.
  await store.deleteActor('o-buurthuis-kortrijk');
  await store.upsertRelation({ id: 'rc-gone', kind: 'REFERS_TO', source: 'rc-new', target: 'o-sociaal-huis' });
  await store.deleteRelation('rc-gone');
}

export function defineRegionChangesContract(ctx: ContractContext): void {
  describe('regionChangesSince', () => {
    it.each([null, '2021-01-01', '2026-01-01'])('patches the region on %s into the region read afresh', async (asOf) => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = (await store.changeMark()) as string;
      const before = await store.subgraph({}, asOf);
      await writeMix(store);
      const changes = await store.regionChangesSince(mark, asOf);
      expect(changes).not.toBeNull();
      expect(changes?.actorIds).toEqual(expect.arrayContaining(['rc-new', 'o-caw', 'o-buurthuis-kortrijk']));
      expect(patchRegion(before, changes!)).toEqual(await store.subgraph({}, asOf));
    });

    it('reports nothing after writes that are not graph data', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = (await store.changeMark()) as string;
      await store.createUser({ id: 'u-rc', name: 'rc-user', role: 'viewer', passwordHash: 'x' });
      await store.writePositions('region', [{ actorId: 'o-caw', x: 1, y: 2, pinned: false }]);
      const changes = await store.regionChangesSince(mark, null);
      expect(changes).toMatchObject({ actorIds: [], relationIds: [], actors: [], relations: [] });
    });

    it.each([null, '2021-01-01'])('follows a small import on %s as it follows single writes: the region patched equals the region read afresh', async (asOf) => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = (await store.changeMark()) as string;
      const before = await store.subgraph({}, asOf);
      // A new actor and its ties, an actor changed, a tie ended and one moved to another kind.
      await store.importGraph({
        actors: [
          { id: 'rc-import', kind: 'Organisation', name: 'Import Oostende', domains: ['HOUSING'] },
          { id: 'o-caw', kind: 'Organisation', name: 'CAW Noord-West-Vlaanderen', domains: ['WELFARE', 'CARE'], targetGroups: ['YOUNG_FAMILIES'] },
        ],
        relations: [
          { id: 'rc-import-tie', kind: 'PARTNERS_WITH', source: 'rc-import', target: 'o-caw', since: '2020-01-01' },
          { id: 'r1', kind: 'PARTNERS_WITH', source: 'o-sociaal-huis', target: 'o-marienstede', since: '2020-01-01', until: '2021-06-30' },
          { id: 'r9', kind: 'REFERS_TO', source: 'rc-import', target: 'o-sociaal-huis' },
        ],
      });
      const changes = await store.regionChangesSince(mark, asOf);
      if (ctx.variant.everyImportStaged) {
        expect(changes, 'a staged import makes readers read the graph again').toBeNull();
        return;
      }
      expect(changes, 'a small import is followed, not read again').not.toBeNull();
      expect(changes?.actorIds).toEqual(expect.arrayContaining(['rc-import', 'o-caw']));
      expect(changes?.relationIds).toEqual(expect.arrayContaining(['rc-import-tie', 'r1', 'r9']));
      expect(patchRegion(before, changes!)).toEqual(await store.subgraph({}, asOf));
    });

    it('cannot tell after an import that replaces the graph, one too large to patch, one that changes the days an actor exists, and for a mark it never gave', async () => {
      const store = ctx.store();
      const fixture = fixtureDocument();
      await store.importGraph(fixture);
      const marked = async (write: () => Promise<unknown>) => {
        const mark = (await store.changeMark()) as string;
        await write();
        return store.regionChangesSince(mark, null);
      };
      const small = await marked(() => store.importGraph({ actors: [{ id: 'rc-small', kind: 'Organisation', name: 'Small' }], relations: [] }));
      expect(small === null, 'a small import').toBe(ctx.variant.everyImportStaged === true);
      expect(await marked(() => store.importGraph(fixture, { replace: true })), 'a replace').toBeNull();
      const many = Array.from({ length: 501 }, (_, i) => ({ id: `rc-many-${i}`, kind: 'Organisation' as const, name: `Many ${i}` }));
      expect(await marked(() => store.importGraph({ actors: many, relations: [] })), '501 records').toBeNull();
      expect(await marked(() => store.importGraph({ actors: [{ id: 'rc-dated', kind: 'Project', name: 'Dated', since: '2022-01-01' }], relations: [] })), 'a new actor with days of its own').toBeNull();
      expect(await store.regionChangesSince('no mark of this store', null)).toBeNull();
    });
  });
}
