import { describe, expect, it } from 'vitest';
import type { Subgraph } from '@weefsel/graph-schema';
import type { GraphStore } from '../graph-store';
import { patchRegion } from '../shared/patch-region';
import type { ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

const ids = (subgraph: Subgraph) => ({ nodes: subgraph.nodes.map((n) => n.id).sort(), relations: subgraph.relations.map((r) => r.id).sort() });

/** OCMW Brugge closes on 30 June 2020 (it holds r6, r7, r8 and r12, and places Boerenhulp's funding). */
async function closeOcmw(store: GraphStore): Promise<void> {
  await store.upsertActor({ id: 'o-ocmw-brugge', kind: 'Organisation', name: 'OCMW Brugge', domains: ['WELFARE', 'FINANCIAL_RESILIENCE'], targetGroups: ['POVERTY'], until: '2020-06-30' });
}

export function defineLifespanContract(ctx: ContractContext): void {
  describe('actors that exist for a while (since, until)', () => {
    it('stores the days an actor exists, reads them back, and clears them', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const written = await store.upsertActor({ id: 'p-pilot', kind: 'Project', name: 'Proefproject', since: '2016-05-01', until: '2018-04-30' });
      expect(written).toMatchObject({ since: '2016-05-01', until: '2018-04-30' });
      expect(await store.getActor('p-pilot')).toMatchObject({ since: '2016-05-01', until: '2018-04-30' });
      expect((await store.exportGraph()).actors.find((a) => a.id === 'p-pilot')).toMatchObject({ since: '2016-05-01', until: '2018-04-30' });
      const cleared = await store.upsertActor({ id: 'p-pilot', kind: 'Project', name: 'Proefproject', since: '2016-05-01' });
      expect(cleared).toMatchObject({ since: '2016-05-01', until: null });
      expect((await store.getActor('o-caw'))?.since).toBeNull();
    });

    it('leaves an actor out of a day outside its days, with every tie it holds; history keeps it', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      await closeOcmw(store);
      const after = ids(await store.subgraph({}, '2021-01-01'));
      expect(after.nodes).not.toContain('o-ocmw-brugge');
      for (const id of ['r6', 'r7', 'r8', 'r12']) expect(after.relations).not.toContain(id);
      expect(after.relations).toContain('r1');
      const before = ids(await store.subgraph({}, '2020-01-01'));
      expect(before.nodes).toContain('o-ocmw-brugge');
      expect(before.relations).toEqual(expect.arrayContaining(['r6', 'r7', 'r8', 'r12']));
      expect(ids(await store.subgraph({}, null)).relations).toEqual(expect.arrayContaining(['r6', 'r7', 'r8', 'r12']));
      // In an area: the member is absent, and so is the partner outside it reached only through it.
      const brugge = ids(await store.subgraph({ areaId: 'm-brugge' }, '2021-01-01'));
      expect(brugge.nodes).not.toContain('o-ocmw-brugge');
      expect(brugge.nodes).not.toContain('o-buurthuis-kortrijk');
      expect(brugge.relations).not.toContain('r12');
      expect(ids(await store.subgraph({ areaId: 'm-brugge' }, '2020-01-01')).nodes).toEqual(expect.arrayContaining(['o-ocmw-brugge', 'o-buurthuis-kortrijk']));
    });

    it('measures an ego network again without the actors absent that day', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const open = ids(await store.egoNetwork('o-sociaal-huis', 2, '2021-01-01'));
      expect(open.nodes).toEqual(expect.arrayContaining(['o-ocmw-brugge', 'o-buurthuis-kortrijk', 'ci-boerenhulp']));
      await closeOcmw(store);
      const ego = await store.egoNetwork('o-sociaal-huis', 2, '2021-01-01');
      // Buurthuis Kortrijk and Boerenhulp were two steps away through OCMW Brugge only.
      expect(ids(ego).nodes).toEqual(['o-caw', 'o-marienstede', 'o-sociaal-huis']);
      expect(ego.nodes.filter((n) => n.boundary)).toEqual([]);
      // The actor asked about stays, alone, on a day it did not exist.
      expect(ids(await store.egoNetwork('o-ocmw-brugge', 1, '2021-01-01'))).toEqual({ nodes: ['o-ocmw-brugge'], relations: [] });
    });

    it('a region read for a day is read afresh after a change of an actor’s days, and patched after a tie to an absent actor', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const day = '2021-01-01';
      const mark = (await store.changeMark()) as string;
      await closeOcmw(store);
      expect(await store.regionChangesSince(mark, day)).toBeNull();
      const region = await store.subgraph({}, day);
      const next = (await store.changeMark()) as string;
      await store.upsertRelation({ id: 'r-late', kind: 'REFERS_TO', source: 'o-marienstede', target: 'o-ocmw-brugge', since: '2020-01-01' });
      await store.upsertActor({ id: 'o-caw', kind: 'Organisation', name: 'CAW Noord-West-Vlaanderen', domains: ['WELFARE'], targetGroups: ['YOUNG_FAMILIES'] });
      const changes = await store.regionChangesSince(next, day);
      expect(changes).not.toBeNull();
      const patched = patchRegion(region, changes!);
      expect(patched).toEqual(await store.subgraph({}, day));
      expect(ids(patched).relations).not.toContain('r-late');
    });
  });
}
