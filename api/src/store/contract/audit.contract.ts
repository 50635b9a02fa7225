import { describe, expect, it, vi } from 'vitest';
import { systemAuthor } from '../user-audit-store';
import { pathsOf, rejectsWithValidation, snapshot, tick, type ContractContext } from './contract-helpers';
import { fixtureCounts, fixtureDocument } from './fixture';

const editor = { userId: 'u-ed', userName: 'ed' };
const admin = { userId: 'u-admin', userName: 'admin' };
const page = { offset: 0, limit: 50 };

export function defineAuditContract(ctx: ContractContext): void {
  async function loaded() {
    const store = ctx.store();
    await store.importGraph(fixtureDocument());
    return store;
  }

  describe('audit trail', () => {
    it('records each single write with who, when, and the record before and after', async () => {
      const store = await loaded();
      const before = await store.getActor('o-vvsg');
      await tick();
      const after = await store.upsertActor({ id: 'o-vvsg', kind: 'Organisation', name: 'VVSG vzw', domains: ['WELFARE'] }, editor);
      await tick();
      await store.upsertRelation({ id: 'r-new', kind: 'PARTNERS_WITH', source: 'o-vvsg', target: 'o-caw' }, editor);
      await tick();
      await store.deleteRelation('r-new', editor);
      await tick();
      await store.deleteActor('o-buurthuis-kortrijk', editor);
      const log = await store.auditLog({ userId: 'u-ed' }, page);
      expect(log.total).toBe(4);
      expect(log.items.map((e) => [e.operation, e.targetType, e.targetId])).toEqual([
        ['deleteActor', 'actor', 'o-buurthuis-kortrijk'],
        ['deleteRelation', 'relation', 'r-new'],
        ['upsertRelation', 'relation', 'r-new'],
        ['upsertActor', 'actor', 'o-vvsg'],
      ]);
      const upsert = log.items[3];
      expect(upsert).toMatchObject({ userName: 'ed', before: { ...before }, after: { ...after } });
      expect(upsert?.at).toBe(after.updatedAt);
      expect(log.items[2]?.before).toBeNull();
      expect(log.items[0]?.after).toBeNull();
      expect(log.items[0]?.before).toMatchObject({ id: 'o-buurthuis-kortrijk', name: 'Buurthuis Kortrijk' });
    });

    it('records nothing for a write that changes nothing or fails', async () => {
      const store = await loaded();
      const count = (await store.auditLog({}, page)).total;
      const vvsg = fixtureDocument().actors.find((a) => a.id === 'o-vvsg')!;
      await store.upsertActor(vvsg, editor);
      await store.importGraph(fixtureDocument(), {}, editor);
      await store.deleteActor('ghost', editor);
      await rejectsWithValidation(() => store.upsertActor({ ...vvsg, kind: 'CitizenInitiative' }, editor));
      expect((await store.auditLog({}, page)).total).toBe(count);
    });

    it('records every change even when writes share one millisecond', async () => {
      const store = await loaded();
      // A frozen clock: the import and the writes below all get the same timestamp.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      try {
        await store.importGraph({ actors: [{ id: 'o-new', kind: 'Organisation', name: 'Nieuw' }], relations: [] }, {}, editor);
        await store.upsertActor({ id: 'o-new', kind: 'Organisation', name: 'Nieuw 2' }, editor);
        await store.upsertRelation({ id: 'r-same-ms', kind: 'PARTNERS_WITH', source: 'o-new', target: 'o-caw' }, editor);
        await store.upsertRelation({ id: 'r-same-ms', kind: 'PARTNERS_WITH', source: 'o-new', target: 'o-caw', note: 'changed' }, editor);
      } finally {
        vi.useRealTimers();
      }
      const log = await store.auditLog({ userId: 'u-ed' }, page);
      expect(log.items.map((e) => e.operation).sort()).toEqual(['importGraph', 'upsertActor', 'upsertRelation', 'upsertRelation']);
      expect((await store.getActor('o-new'))?.name).toBe('Nieuw 2');
    });

    it('records an import as one entry with its counts and changed ids', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument(), {}, editor);
      const [entry] = (await store.auditLog({ operations: ['importGraph'] }, page)).items;
      expect(entry).toMatchObject({ targetType: 'graph', targetId: null, userName: 'ed', before: null });
      expect(entry?.after).toMatchObject({ replace: false, summary: { actors: { created: fixtureCounts.actors }, relations: { created: fixtureCounts.relations } } });
      const changed = (entry?.after as { changed: { actors: { created: string[] } } }).changed;
      expect(changed.actors.created).toHaveLength(fixtureCounts.actors);
      expect(changed.actors.created).toContain('tm-eline');
    });

    it('filters by target, operation and time, newest first with paging', async () => {
      const store = await loaded();
      for (const name of ['A', 'B', 'C']) {
        await tick();
        await store.upsertActor({ id: 'o-vvsg', kind: 'Organisation', name }, editor);
      }
      const all = await store.auditLog({ targetId: 'o-vvsg' }, page);
      expect(all.items.map((e) => (e.after as { name: string }).name)).toEqual(['C', 'B', 'A']);
      const second = await store.auditLog({ targetId: 'o-vvsg' }, { offset: 1, limit: 1 });
      expect(second).toMatchObject({ total: 3, items: [{ id: all.items[1]?.id }] });
      const since = all.items[1]!.at;
      expect((await store.auditLog({ targetId: 'o-vvsg', since }, page)).total).toBe(2);
      expect((await store.auditLog({ targetId: 'o-vvsg', until: since }, page)).total).toBe(2);
      expect((await store.auditLog({ operations: ['deleteActor'] }, page)).total).toBe(0);
      expect((await store.auditLog({ userId: systemAuthor.userId ?? undefined, operations: ['importGraph'] }, page)).items[0]?.userName).toBe('system');
      expect(pathsOf(await rejectsWithValidation(() => store.auditLog({}, { offset: -1, limit: 5 })))).toEqual(['page.offset']);
    });
  });

  describe('erasePerson', () => {
    it('deletes the person and its relations and pseudonymises every entry that mentions it', async () => {
      const store = await loaded();
      await store.upsertActor({ id: 'tm-eline', kind: 'TransitionManager', name: 'Éline Peeters', contact: { email: 'eline@example.org', phone: '0470 11 22 33' } }, editor);
      await store.upsertRelation({ id: 'r-note', kind: 'PARTNERS_WITH', source: 'o-vvsg', target: 'o-caw', note: 'Afgesproken met Éline Peeters' }, editor);
      const summary = await store.erasePerson('tm-eline', admin);
      expect(summary.pseudonym).toMatch(/^erased-[0-9a-f]{12}$/);
      expect(summary.relationsDeleted).toBe(2);
      expect(summary.entriesPseudonymised).toBe(3);
      expect(await store.getActor('tm-eline')).toBeNull();
      expect(await store.getRelation('r4')).toBeNull();
      const entries = (await store.auditLog({}, { offset: 0, limit: 100 })).items;
      const text = JSON.stringify(entries);
      for (const trace of ['tm-eline', 'Éline Peeters', 'eline@example.org', '0470 11 22 33']) expect(text).not.toContain(trace);
      expect(text.split(summary.pseudonym).length - 1).toBeGreaterThanOrEqual(4);
      expect(entries[0]).toMatchObject({ operation: 'erasePerson', targetType: 'person', targetId: summary.pseudonym, userName: 'admin', before: null });
      // What does not concern the person is left as it was.
      expect((await store.auditLog({ targetId: 'r-note' }, page)).items[0]?.after).toMatchObject({ source: 'o-vvsg', note: `Afgesproken met ${summary.pseudonym}` });
    });

    it('refuses an unknown actor and an actor that is not a person, changing nothing', async () => {
      const store = await loaded();
      const before = await snapshot(store);
      const count = (await store.auditLog({}, page)).total;
      expect(pathsOf(await rejectsWithValidation(() => store.erasePerson('ghost', admin)))).toEqual(['actorId']);
      const issues = await rejectsWithValidation(() => store.erasePerson('o-vvsg', admin));
      expect(issues[0]?.message).toMatch(/not a person/);
      expect(await snapshot(store)).toEqual(before);
      expect((await store.auditLog({}, page)).total).toBe(count);
    });
  });
}
