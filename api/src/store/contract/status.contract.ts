import { describe, expect, it } from 'vitest';
import { todayInBrussels, type GraphDocument, type Relation, type RelationKind } from '@weefsel/graph-schema';
import { sortedIds, type ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

/**
 * Time has one meaning (docs/time.md): a relation whose `until` has passed reads as ENDED on every
 * read, whatever status was stored; on a day up to its `until` it reads as it ran then. Dates far
 * from today keep these tests true on any day they run.
 */
function statusDocument(): GraphDocument {
  const org = (id: string) => ({ id, kind: 'Organisation' as const, name: id });
  return {
    actors: [org('o-a'), org('o-b'), org('o-c'), org('o-d')],
    relations: [
      // Stored ACTIVE, ended long ago: the contradiction the demo data had.
      { id: 'r-stale', kind: 'PARTNERS_WITH', source: 'o-a', target: 'o-b', since: '2019-01-01', until: '2022-12-31' },
      // Stored ENDED with its last day: it was running in 2021.
      { id: 'r-ended', kind: 'PARTNERS_WITH', source: 'o-a', target: 'o-c', since: '2019-01-01', until: '2021-12-31', status: 'ENDED' },
      { id: 'r-running', kind: 'PARTNERS_WITH', source: 'o-a', target: 'o-d', since: '2019-01-01', until: '2999-12-31' },
      { id: 'r-planned', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-c', status: 'PLANNED' },
    ],
  };
}

const statuses = (relations: readonly Relation[]) => Object.fromEntries([...relations].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r.status]));
const today = { 'r-ended': 'ENDED', 'r-planned': 'PLANNED', 'r-running': 'ACTIVE', 'r-stale': 'ENDED' };

export function defineStatusContract(ctx: ContractContext): void {
  describe('relation status from the dates', () => {
    async function loaded() {
      const store = ctx.store();
      await store.importGraph(statusDocument());
      return store;
    }

    it('reads a relation past its until as ENDED everywhere a relation is read without a date', async () => {
      const store = await loaded();
      expect((await store.getRelation('r-stale'))?.status).toBe('ENDED');
      expect(statuses(await store.relationsOf('o-a'))).toEqual({ 'r-ended': 'ENDED', 'r-running': 'ACTIVE', 'r-stale': 'ENDED' });
      expect(statuses((await store.exportGraph()).relations)).toEqual(today);
      expect(statuses((await store.subgraph({}, null)).relations)).toEqual(today);
      expect(statuses((await store.egoNetwork('o-a', 1, null)).relations)).toEqual(today);
    });

    it('ends every relation of an actor with its last day, on every read without a date', async () => {
      const store = await loaded();
      const history = await store.subgraph({}, null);
      // o-d closed in 2022: its tie running to 2999, and an undated one written after, ended with it.
      await store.upsertActor({ id: 'o-d', kind: 'Organisation', name: 'o-d', until: '2022-06-30' });
      const mark = (await store.changeMark()) as string;
      const written = await store.upsertRelation({ id: 'r-open', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-d', since: '2020-01-01' });
      expect(written.status).toBe('ENDED');
      expect((await store.getRelation('r-running'))?.status).toBe('ENDED');
      const endedWithIt = { 'r-open': 'ENDED', 'r-running': 'ENDED' };
      expect(statuses(await store.relationsOf('o-d'))).toEqual(endedWithIt);
      const all = { ...today, ...endedWithIt };
      expect(statuses((await store.exportGraph()).relations)).toEqual(all);
      expect(statuses((await store.subgraph({}, null)).relations)).toEqual(all);
      expect(statuses((await store.egoNetwork('o-d', 1, null)).relations)).toMatchObject(endedWithIt);
      // A kept history patched from the change log reads the same: the relation written reads as ended.
      const changes = await store.regionChangesSince(mark, null);
      expect(changes && statuses(changes.relations)).toEqual({ 'r-open': 'ENDED' });
      // On a day it existed the ties ran.
      expect(statuses((await store.subgraph({}, '2021-06-01')).relations)).toMatchObject({ 'r-open': 'ACTIVE', 'r-running': 'ACTIVE' });
      expect(history.relations.find((r) => r.id === 'r-running')?.status).toBe('ACTIVE');
    });

    it('gives the relations an import compares with, statuses as written: by id, and every one touching the actors named', async () => {
      const store = await loaded();
      await store.upsertActor({ id: 'o-d', kind: 'Organisation', name: 'o-d', until: '2022-06-30' });
      await store.upsertRelation({ id: 'r-open', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-d', status: 'ENDED' });
      const read = await store.exportGraph();
      const written = await store.storedRelations({ relations: read.relations, touching: [] });
      // r-stale and r-running were written ACTIVE; only today's reading ends them.
      expect(statuses(written)).toEqual({ 'r-ended': 'ENDED', 'r-open': 'ENDED', 'r-planned': 'PLANNED', 'r-running': 'ACTIVE', 'r-stale': 'ACTIVE' });
      expect(statuses(read.relations)).toEqual({ ...today, 'r-open': 'ENDED', 'r-running': 'ENDED' });
      // Everything but the statuses is the same read, in the same order.
      expect(written.map(({ status: _s, ...rest }) => rest)).toEqual(read.relations.map(({ status: _s, ...rest }) => rest));
      // By id, under the kind given or another (an unknown id is no error), and through either end of the actors touched, each once.
      const asked = (...pairs: [string, RelationKind][]) => pairs.map(([id, kind]) => ({ id, kind }));
      expect(sortedIds(await store.storedRelations({ relations: asked(['r-planned', 'PARTNERS_WITH'], ['r-stale', 'FUNDS'], ['r-none', 'PARTNERS_WITH']), touching: [] }))).toEqual(['r-planned', 'r-stale']);
      expect((await store.storedRelations({ relations: [], touching: ['o-d', 'o-b'] })).map((r) => r.id)).toEqual(['r-open', 'r-planned', 'r-running', 'r-stale']);
      expect((await store.storedRelations({ relations: asked(['r-ended', 'PARTNERS_WITH']), touching: ['o-c'] })).map((r) => [r.id, r.status])).toEqual([['r-ended', 'ENDED'], ['r-planned', 'PLANNED']]);
      expect(await store.storedRelations({ relations: [], touching: [] })).toEqual([]);
      // Every actor's id, kind and name, by id, as the export gives them.
      await store.upsertActor({ id: 'o-0', kind: 'CitizenInitiative', name: 'Buurtwerking Zuid' });
      const everyone = (await store.exportGraph()).actors.map(({ id, kind, name }) => ({ id, kind, name }));
      expect((await store.actorDirectory()).map((a) => a.id)).toEqual(['o-0', 'o-a', 'o-b', 'o-c', 'o-d']);
      expect(await store.actorDirectory()).toEqual(everyone.sort((a, b) => (a.id < b.id ? -1 : 1)));
    });

    it('takes back what it gives: ENDED without a last day of its own, for a relation whose actor has one', async () => {
      const store = await loaded();
      await store.upsertActor({ id: 'o-d', kind: 'Organisation', name: 'o-d', until: '2022-06-30' });
      expect((await store.upsertRelation({ id: 'r-open', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-d', status: 'ENDED' })).status).toBe('ENDED');
      // An export read back in place of everything: the actor's last day in the same document is enough.
      const exported = await store.exportGraph();
      await store.importGraph(exported, { replace: true });
      expect(statuses((await store.exportGraph()).relations)).toEqual(statuses(exported.relations));
      expect(statuses(exported.relations)).toMatchObject({ 'r-open': 'ENDED', 'r-running': 'ENDED' });
      // Without any last day nothing would say when it ended.
      await expect(store.upsertRelation({ id: 'r-vague', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-a', status: 'ENDED' })).rejects.toMatchObject({ issues: [{ path: 'until', code: 'endedWithoutUntil' }] });
      await expect(store.importGraph({ actors: [], relations: [{ id: 'r-vague', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-a', status: 'ENDED' }] })).rejects.toMatchObject({
        issues: [{ path: 'relations[0].until', code: 'endedWithoutUntil' }],
      });
    });

    it('keeps that end: clearing the last day an ended relation takes its end from is refused, and changes nothing', async () => {
      const store = await loaded();
      await store.upsertActor({ id: 'o-d', kind: 'Organisation', name: 'o-d', until: '2022-06-30' });
      await store.upsertRelation({ id: 'r-open', kind: 'PARTNERS_WITH', source: 'o-b', target: 'o-d', status: 'ENDED' });
      const before = await store.exportGraph();
      const refused = { code: 'endClearBreaksRelation', params: { id: 'o-d', relation: 'r-open' } };
      await expect(store.upsertActor({ id: 'o-d', kind: 'Organisation', name: 'o-d' })).rejects.toMatchObject({ issues: [{ path: 'until', ...refused }] });
      const cleared = { id: 'o-d', kind: 'Organisation' as const, name: 'o-d' };
      await expect(store.importGraph({ actors: [{ id: 'o-c', kind: 'Organisation', name: 'o-c' }, cleared], relations: [] })).rejects.toMatchObject({
        issues: [{ path: 'actors[1].until', ...refused }],
      });
      expect(await store.exportGraph()).toEqual(before);
      // The same import that gives the relation a last day of its own may clear the actor's; so may one that rewrites it.
      const ownEnd = { ...(before.relations.find((r) => r.id === 'r-open') as Relation), until: '2022-06-30' };
      await store.importGraph({ actors: [cleared], relations: [ownEnd] });
      expect((await store.getActor('o-d'))?.until).toBeNull();
      expect((await store.getRelation('r-open'))?.status).toBe('ENDED');
      // Once every ended relation of the actor has a last day of its own, nothing stands in the way.
      await store.upsertActor({ id: 'o-d', kind: 'Organisation', name: 'o-d', until: '2023-01-31' });
      expect((await store.upsertActor(cleared)).until).toBeNull();
    });

    it('answers a write with the status its dates give', async () => {
      const store = await loaded();
      const written = await store.upsertRelation({ id: 'r-new', kind: 'PARTNERS_WITH', source: 'o-c', target: 'o-d', since: '2020-01-01', until: '2020-12-31' });
      expect(written.status).toBe('ENDED');
    });

    it('gives the status on the day read: running then, ended after, gone outside its dates', async () => {
      const store = await loaded();
      expect(statuses((await store.subgraph({}, '2021-06-01')).relations)).toEqual({ 'r-ended': 'ACTIVE', 'r-planned': 'PLANNED', 'r-running': 'ACTIVE', 'r-stale': 'ACTIVE' });
      expect(statuses((await store.egoNetwork('o-a', 1, '2021-12-31')).relations)).toEqual({ 'r-ended': 'ACTIVE', 'r-planned': 'PLANNED', 'r-running': 'ACTIVE', 'r-stale': 'ACTIVE' });
      expect(statuses((await store.subgraph({}, '2022-06-01')).relations)).toEqual({ 'r-planned': 'PLANNED', 'r-running': 'ACTIVE', 'r-stale': 'ACTIVE' });
      expect(statuses((await store.subgraph({}, todayInBrussels())).relations)).toEqual({ 'r-planned': 'PLANNED', 'r-running': 'ACTIVE' });
    });
  });
}

/** `listActors({ areaId, asOf })` counts the placements of that day, as `subgraph` does. */
export function defineMembershipOnDayContract(ctx: ContractContext): void {
  describe('area membership on a day', () => {
    it('lists the actors placed in an area on the day asked, every one ever placed without a day', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const page = { offset: 0, limit: 50 };
      // CAW sat in Assebroek until 2021-12-31, then moved to Zeebrugge (fixture.ts).
      const inAssebroek = async (asOf?: string | null) => sortedIds((await store.listActors({ areaId: 'n-assebroek', asOf }, page)).items);
      expect(await inAssebroek('2021-06-01')).toContain('o-caw');
      expect(await inAssebroek('2023-01-01')).not.toContain('o-caw');
      expect(await inAssebroek(null)).toContain('o-caw');
      expect(await inAssebroek('2023-01-01')).toEqual(sortedIds((await store.subgraph({ areaId: 'n-assebroek' }, '2023-01-01')).nodes.filter((n) => !n.boundary)));
    });
  });
}
