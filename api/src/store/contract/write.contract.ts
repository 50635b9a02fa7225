import { describe, expect, it } from 'vitest';
import type { ActorInput, RelationInput } from '@weefsel/graph-schema';
import { ids, isoTimestamp, pathsOf, rejectsWithValidation, snapshot, sortedIds, tick, type ContractContext } from './contract-helpers';
import { fixtureCounts, fixtureDocument, rid } from './fixture';

const caw: ActorInput = { id: 'caw', kind: 'Organisation', name: 'CAW', domains: ['HOUSING', 'WELFARE'] };
const buurt: ActorInput = { id: 'buurt', kind: 'Neighbourhood', name: 'Buurt' };

export function defineWriteContract(ctx: ContractContext): void {
  async function loaded() {
    const store = ctx.store();
    await store.importGraph(fixtureDocument());
    return store;
  }

  /** Runs a write that must fail, and checks that the store did not change at all. */
  async function rejectedUnchanged(run: () => Promise<unknown>): Promise<string[]> {
    const before = await snapshot(ctx.store());
    const issues = await rejectsWithValidation(run);
    expect(await snapshot(ctx.store())).toEqual(before);
    return pathsOf(issues);
  }

  describe('upsertActor', () => {
    it('creates an actor with defaults and canonical lists, and returns what getActor returns', async () => {
      const store = ctx.store();
      const created = await store.upsertActor(caw);
      expect(created).toMatchObject({ id: 'caw', formal: true, description: null, contact: null, targetGroups: [] });
      expect(created.domains).toEqual(['WELFARE', 'HOUSING']);
      expect(created.createdAt).toMatch(isoTimestamp);
      expect(created.updatedAt).toBe(created.createdAt);
      expect(await store.getActor('caw')).toEqual(created);
    });

    it('keeps both timestamps when nothing changed, also with lists in another order', async () => {
      const store = ctx.store();
      const created = await store.upsertActor(caw);
      await tick();
      const again = await store.upsertActor({ ...caw, domains: ['WELFARE', 'HOUSING', 'WELFARE'] });
      expect(again).toEqual(created);
    });

    it('keeps createdAt and moves updatedAt on a real change', async () => {
      const store = ctx.store();
      const created = await store.upsertActor(caw);
      await tick();
      const changed = await store.upsertActor({ ...caw, description: 'Centrum Algemeen Welzijnswerk' });
      expect(changed.createdAt).toBe(created.createdAt);
      expect(changed.updatedAt > created.updatedAt).toBe(true);
      expect(changed.description).toBe('Centrum Algemeen Welzijnswerk');
      await tick();
      const contact = await store.upsertActor({ ...caw, description: 'Centrum Algemeen Welzijnswerk', contact: { phone: '050 00 00 00' } });
      expect(contact.updatedAt > changed.updatedAt).toBe(true);
      expect(contact.contact).toEqual({ phone: '050 00 00 00' });
    });

    it('rejects bad fields and writes nothing', async () => {
      const store = await loaded();
      expect(await rejectedUnchanged(() => store.upsertActor({ id: 'bad id', kind: 'Organisation', name: 'x' }))).toEqual(['id']);
      expect(await rejectedUnchanged(() => store.upsertActor({ ...caw, name: '' }))).toEqual(['name']);
      const club = { ...caw, kind: 'Club' } as unknown as ActorInput;
      expect(await rejectedUnchanged(() => store.upsertActor(club))).toEqual(['kind']);
      const typo = { ...caw, domians: ['CARE'] } as unknown as ActorInput;
      expect(await rejectedUnchanged(() => store.upsertActor(typo))).toHaveLength(1);
      expect(await store.getActor('caw')).toBeNull();
    });

    it('accepts a kind change its relations allow, and rejects one they do not', async () => {
      const store = await loaded();
      // VVSG COACHES Oostende: a transition manager may coach, a citizens' initiative may not.
      const paths = await rejectedUnchanged(() => store.upsertActor({ id: 'o-vvsg', kind: 'CitizenInitiative', name: 'VVSG' }));
      expect(paths).toEqual(['kind']);
      const issues = await rejectsWithValidation(() => store.upsertActor({ id: 'o-vvsg', kind: 'CitizenInitiative', name: 'VVSG' }));
      expect(issues[0]?.message).toContain('r10');
      const moved = await store.upsertActor({ id: 'o-vvsg', kind: 'TransitionManager', name: 'VVSG' });
      expect(moved.kind).toBe('TransitionManager');
      expect((await store.getRelation('r10'))?.source).toBe('o-vvsg');
    });
  });

  describe('indexes follow writes', () => {
    it('finds an actor by its new name, domains and target groups after an update, and not after a delete', async () => {
      const store = await loaded();
      await store.upsertActor({ id: 'o-vvsg', kind: 'Organisation', name: 'Vlaamse Gemeenten', domains: ['EDUCATION'], targetGroups: ['NEWCOMERS'] });
      expect(ids(await store.searchActors('vvsg', 10))).toEqual([]);
      expect(ids(await store.searchActors('gemeenten', 10))).toEqual(['o-vvsg']);
      expect(ids((await store.listActors({ domains: ['EDUCATION'] }, { offset: 0, limit: 10 })).items)).toEqual(['o-vvsg']);
      expect(ids((await store.listActors({ targetGroups: ['NEWCOMERS'] }, { offset: 0, limit: 10 })).items)).toEqual(['o-vvsg']);
      expect((await store.listActors({ domains: ['WELFARE'], kinds: ['Organisation'] }, { offset: 0, limit: 10 })).items.map((a) => a.id)).not.toContain('o-vvsg');
      await store.deleteActor('o-vvsg');
      expect(await store.searchActors('gemeenten', 10)).toEqual([]);
      expect((await store.listActors({ domains: ['EDUCATION'] }, { offset: 0, limit: 10 })).total).toBe(0);
    });
  });

  describe('deleteActor', () => {
    it('removes the actor and every relation it has, either direction', async () => {
      const store = await loaded();
      expect(await store.deleteActor('o-sociaal-huis')).toBe(true);
      expect(await store.getActor('o-sociaal-huis')).toBeNull();
      for (const id of ['r1', 'r2', 'r6', 'r9', rid('LOCATED_IN', 'o-sociaal-huis', 'n-centrum')]) {
        expect(await store.getRelation(id)).toBeNull();
      }
      expect(ids(await store.relationsOf('o-marienstede'))).toEqual([rid('LOCATED_IN', 'o-marienstede', 'n-mariakerke')]);
      expect(await store.counts()).toEqual({ actors: fixtureCounts.actors - 1, relations: fixtureCounts.relations - 5 });
      expect(await store.deleteActor('o-sociaal-huis')).toBe(false);
    });
  });

  describe('relations', () => {
    const partners: RelationInput = { kind: 'PARTNERS_WITH', source: 'o-vvsg', target: 'm-brugge' };

    it('derives the id, the same for both directions of an undirected kind', async () => {
      const store = await loaded();
      const created = await store.upsertRelation(partners);
      expect(created).toMatchObject({ id: rid('PARTNERS_WITH', 'o-vvsg', 'm-brugge'), since: null, until: null, weight: null, note: null });
      expect(created.createdAt).toMatch(isoTimestamp);
      const reversed = await store.upsertRelation({ ...partners, source: 'm-brugge', target: 'o-vvsg' });
      expect(reversed.id).toBe(created.id);
      expect(await store.counts()).toEqual({ actors: fixtureCounts.actors, relations: fixtureCounts.relations + 1 });
    });

    it('keeps a relation status: ACTIVE by default, PLANNED or ENDED as written, ENDED only with until', async () => {
      const store = await loaded();
      expect((await store.upsertRelation(partners)).status).toBe('ACTIVE');
      const planned = await store.upsertRelation({ ...partners, status: 'PLANNED' });
      expect(planned.status).toBe('PLANNED');
      expect((await store.getRelation(planned.id))?.status).toBe('PLANNED');
      expect(planned.updatedAt >= planned.createdAt).toBe(true);
      expect(await rejectedUnchanged(() => store.upsertRelation({ ...partners, status: 'ENDED' }))).toEqual(['until']);
      const ended = await store.upsertRelation({ ...partners, status: 'ENDED', until: '2025-06-30' });
      expect(ended).toMatchObject({ status: 'ENDED', until: '2025-06-30' });
      const exported = await store.exportGraph();
      expect(exported.relations.find((r) => r.id === planned.id)?.status).toBe('ENDED');
    });

    it('returns a relation with every property and lists the relations of an actor either direction', async () => {
      const store = await loaded();
      expect(await store.getRelation('r5')).toMatchObject({
        kind: 'FUNDS',
        source: 'm-oostende',
        target: 'p-zorgzame-buurt',
        since: '2023-01-01',
        until: '2024-12-31',
        weight: 2.5,
        note: null,
      });
      expect(await store.getRelation('r6')).toMatchObject({ note: 'Gedeeld onthaal', since: null, until: null, weight: null });
      expect(await store.getRelation('ghost')).toBeNull();
      expect(sortedIds(await store.relationsOf('p-zorgzame-buurt'))).toEqual(
        [rid('LOCATED_IN', 'p-zorgzame-buurt', 'n-centrum'), 'r2', 'r3', 'r4', 'r5'].sort(),
      );
      expect(await store.relationsOf('ghost')).toEqual([]);
    });

    it('keeps timestamps when nothing changed and moves updatedAt on a change', async () => {
      const store = await loaded();
      const before = await store.getRelation('r6');
      await tick();
      expect(await store.upsertRelation({ id: 'r6', kind: 'PARTNERS_WITH', source: 'o-ocmw-brugge', target: 'o-sociaal-huis', note: 'Gedeeld onthaal' })).toEqual(before);
      const changed = await store.upsertRelation({ id: 'r6', kind: 'PARTNERS_WITH', source: 'o-ocmw-brugge', target: 'o-sociaal-huis', weight: 3 });
      expect(changed).toMatchObject({ weight: 3, note: null, createdAt: before?.createdAt });
      expect(changed.updatedAt > (before?.updatedAt ?? '')).toBe(true);
    });

    it('rejects unknown endpoints, disallowed endpoint kinds and bad fields, writing nothing', async () => {
      const store = await loaded();
      expect(await rejectedUnchanged(() => store.upsertRelation({ ...partners, target: 'ghost' }))).toEqual(['target']);
      expect(await rejectedUnchanged(() => store.upsertRelation({ kind: 'PART_OF', source: 'm-brugge', target: 'n-zeebrugge' }))).toEqual(['kind']);
      expect(await rejectedUnchanged(() => store.upsertRelation({ ...partners, source: 'tm-eline' }))).toEqual(['kind']);
      expect(await rejectedUnchanged(() => store.upsertRelation({ ...partners, weight: -1 }))).toEqual(['weight']);
      expect(await rejectedUnchanged(() => store.upsertRelation({ ...partners, since: '2024-01-01', until: '2023-01-01' }))).toEqual(['until']);
      expect(await rejectedUnchanged(() => store.upsertRelation({ ...partners, target: 'o-vvsg' }))).toEqual(['target']);
    });

    it('deletes a relation and leaves its actors', async () => {
      const store = await loaded();
      expect(await store.deleteRelation('r1')).toBe(true);
      expect(await store.deleteRelation('r1')).toBe(false);
      expect(await store.getRelation('r1')).toBeNull();
      expect(await store.getActor('o-marienstede')).not.toBeNull();
      expect(await store.counts()).toEqual({ actors: fixtureCounts.actors, relations: fixtureCounts.relations - 1 });
    });

    it('writes a relation between actors created one by one', async () => {
      const store = ctx.store();
      await store.upsertActor(caw);
      await store.upsertActor(buurt);
      const located = await store.upsertRelation({ kind: 'LOCATED_IN', source: 'caw', target: 'buurt', since: '2024-02-29' });
      expect(located.since).toBe('2024-02-29');
      expect(ids(await store.relationsOf('buurt'))).toEqual([located.id]);
    });
  });
}
