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

    it('cannot tell after an import, and for a mark it never gave', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = (await store.changeMark()) as string;
      await store.upsertActor({ id: 'rc-new', kind: 'CitizenInitiative', name: 'Repair Café' });
      expect(await store.regionChangesSince(mark, null)).not.toBeNull();
      await store.importGraph({ actors: [{ id: 'rc-import', kind: 'Organisation', name: 'Import' }], relations: [] });
      expect(await store.regionChangesSince(mark, null)).toBeNull();
      expect(await store.regionChangesSince('no mark of this store', null)).toBeNull();
    });
  });
}
