import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '@weefsel/graph-schema';
import { contentOf, rejectsWithValidation, snapshot, tick, type ContractContext } from './contract-helpers';
import { fixtureCounts, fixtureDocument } from './fixture';

const none = { created: 0, updated: 0, unchanged: 0 };

export function defineImportContract(ctx: ContractContext): void {
  /** Runs an import that must fail, checks that the store did not change, and returns the issues. */
  async function rejectedUnchanged(doc: GraphDocument, replace = false) {
    const before = await snapshot(ctx.store());
    const issues = await rejectsWithValidation(() => ctx.store().importGraph(doc, { replace }));
    expect(await snapshot(ctx.store())).toEqual(before);
    return issues;
  }

  describe('importGraph', () => {
    it('counts everything as created in an empty store', async () => {
      const summary = await ctx.store().importGraph(fixtureDocument());
      expect(summary).toEqual({
        actors: { ...none, created: fixtureCounts.actors },
        relations: { ...none, created: fixtureCounts.relations },
      });
      expect(await ctx.store().counts()).toEqual(fixtureCounts);
    });

    it('reports a re-import of the same document as unchanged and keeps every timestamp', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const before = await snapshot(store);
      await tick();
      const summary = await store.importGraph(fixtureDocument());
      expect(summary).toEqual({
        actors: { ...none, unchanged: fixtureCounts.actors },
        relations: { ...none, unchanged: fixtureCounts.relations },
      });
      expect(await snapshot(store)).toEqual(before);
    });

    it('moves a relation to another kind and other ends under its id, keeping when it was created', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const before = await store.getRelation('r6');
      await tick();
      const referred = { id: 'r6', kind: 'REFERS_TO' as const, source: 'o-ocmw-brugge', target: 'o-sociaal-huis' };
      expect((await store.importGraph({ actors: [], relations: [referred] })).relations).toEqual({ ...none, updated: 1 });
      expect(await store.getRelation('r6')).toMatchObject({ ...referred, note: null, createdAt: before?.createdAt });
      const moved = { id: 'r6', kind: 'PARTNERS_WITH' as const, source: 'o-vvsg', target: 'o-sociaal-huis' };
      expect((await store.importGraph({ actors: [], relations: [moved] })).relations).toEqual({ ...none, updated: 1 });
      const exported = await store.exportGraph();
      expect(exported.relations.filter((r) => r.id === 'r6')).toMatchObject([{ ...moved, createdAt: before?.createdAt }]);
      expect(exported.relations).toHaveLength(fixtureCounts.relations);
      expect((await store.relationsOf('o-ocmw-brugge')).map((r) => r.id)).not.toContain('r6');
    });

    it('counts created, updated and unchanged entries separately', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const before = await store.getActor('o-vvsg');
      await tick();
      const doc = fixtureDocument();
      doc.actors = doc.actors.map((a) => (a.id === 'o-vvsg' ? { ...a, name: 'Vereniging van Vlaamse Steden en Gemeenten' } : a));
      doc.actors.push({ id: 'o-resoc', kind: 'Organisation', name: 'RESOC Noord-West-Vlaanderen' });
      doc.relations = doc.relations.map((r) => (r.id === 'r11' ? { ...r, note: 'Buurtwerking' } : r));
      doc.relations.push({ kind: 'PARTNERS_WITH', source: 'o-resoc', target: 'o-ocmw-brugge' });
      expect(await store.importGraph(doc)).toEqual({
        actors: { created: 1, updated: 1, unchanged: fixtureCounts.actors - 1 },
        relations: { created: 1, updated: 1, unchanged: fixtureCounts.relations - 1 },
      });
      const after = await store.getActor('o-vvsg');
      expect(after?.createdAt).toBe(before?.createdAt);
      expect(after?.updatedAt !== before?.updatedAt).toBe(true);
      expect((await store.getRelation('r11'))?.note).toBe('Buurtwerking');
    });

    it('accepts relations to actors that are only in the store', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const summary = await store.importGraph({ actors: [], relations: [{ kind: 'PARTNERS_WITH', source: 'o-vvsg', target: 'o-caw' }] });
      expect(summary).toEqual({ actors: none, relations: { ...none, created: 1 } });
    });

    it('ignores the timestamps in an exported document', async () => {
      const store = ctx.store();
      const doc = fixtureDocument();
      doc.actors[0] = { ...doc.actors[0], createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z' } as (typeof doc.actors)[0];
      await store.importGraph(doc);
      expect((await store.getActor(doc.actors[0]?.id ?? ''))?.createdAt.startsWith('2001')).toBe(false);
    });

    it('rebuilds the same graph in a fresh store from an export', async () => {
      const first = ctx.store();
      await first.importGraph(fixtureDocument());
      await first.upsertActor({ id: 'o-extra', kind: 'Organisation', name: 'Extra', contact: { phone: '1', address: 'Markt 1' } });
      const exported = await first.exportGraph();
      const expected = await contentOf(first);
      const fresh = await ctx.createStore();
      try {
        expect(await fresh.importGraph(exported)).toEqual({
          actors: { ...none, created: fixtureCounts.actors + 1 },
          relations: { ...none, created: fixtureCounts.relations },
        });
        expect(await contentOf(fresh)).toEqual(expected);
      } finally {
        await fresh.close();
      }
    });

    it('replaces everything with replace: true', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const doc: GraphDocument = {
        actors: [
          { id: 'm-brugge', kind: 'Municipality', name: 'Brugge' },
          { id: 'o-new', kind: 'Organisation', name: 'Nieuw' },
        ],
        relations: [{ kind: 'LOCATED_IN', source: 'o-new', target: 'm-brugge' }],
      };
      expect(await store.importGraph(doc, { replace: true })).toEqual({
        actors: { ...none, created: 2 },
        relations: { ...none, created: 1 },
      });
      const stored = await snapshot(store);
      expect(stored.actors.map((a) => a.id)).toEqual(['m-brugge', 'o-new']);
      expect(stored.relations.map((r) => r.source)).toEqual(['o-new']);
    });
  });

  describe('importGraph rejections leave the store unchanged', () => {
    async function loadedDocWith(change: (doc: GraphDocument) => void): Promise<GraphDocument> {
      await ctx.store().importGraph(fixtureDocument());
      const doc = fixtureDocument();
      // A valid change before the bad entry: it must not be written either.
      doc.actors = doc.actors.map((a) => (a.id === 'm-brugge' ? { ...a, name: 'Brugge (gewijzigd)' } : a));
      change(doc);
      return doc;
    }

    it('rejects a bad actor in the middle, naming its entry', async () => {
      const doc = await loadedDocWith((d) => {
        d.actors[10] = { ...d.actors[10], kind: 'Club' } as unknown as (typeof d.actors)[0];
      });
      expect((await rejectedUnchanged(doc)).map((i) => i.path)).toEqual(['actors[10].kind']);
    });

    it('rejects a relation in the middle whose endpoint exists nowhere', async () => {
      const doc = await loadedDocWith((d) => {
        d.relations[20] = { ...d.relations[20], target: 'ghost' } as (typeof d.relations)[0];
      });
      const issues = await rejectedUnchanged(doc);
      expect(issues.map((i) => i.path)).toEqual(['relations[20].target']);
      expect(issues[0]?.message).toContain('ghost');
    });

    it('rejects a relation whose endpoint kinds are not allowed', async () => {
      const doc = await loadedDocWith((d) => {
        d.relations.push({ kind: 'PART_OF', source: 'm-oostende', target: 'n-centrum' });
      });
      expect((await rejectedUnchanged(doc)).map((i) => i.path)).toEqual([`relations[${fixtureCounts.relations}].kind`]);
    });

    it('rejects a kind change that breaks a stored relation the document does not mention', async () => {
      await ctx.store().importGraph(fixtureDocument());
      const doc: GraphDocument = { actors: [{ id: 'o-vvsg', kind: 'CitizenInitiative', name: 'VVSG' }], relations: [] };
      const issues = await rejectedUnchanged(doc);
      expect(issues.map((i) => i.path)).toEqual(['actors[0].kind']);
      expect(issues[0]?.message).toContain('r10');
    });

    it('rejects duplicate ids and, with replace: true, endpoints that only the old store had', async () => {
      const doc = await loadedDocWith((d) => {
        d.actors.push({ id: 'o-vvsg', kind: 'Organisation', name: 'VVSG 2' });
      });
      expect((await rejectedUnchanged(doc)).map((i) => i.path)).toEqual([`actors[${fixtureCounts.actors}].id`]);
      const partial: GraphDocument = { actors: [], relations: [{ kind: 'PARTNERS_WITH', source: 'o-vvsg', target: 'o-caw' }] };
      expect((await rejectedUnchanged(partial, true)).map((i) => i.path).sort()).toEqual(['relations[0].source', 'relations[0].target']);
    });
  });
}
