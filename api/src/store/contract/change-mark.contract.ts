import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph-store';
import type { ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

/** Each graph write, and whether the mark must move: it must, for every one of them. */
const writes: [string, (store: GraphStore) => Promise<unknown>][] = [
  ['upsertActor', (s) => s.upsertActor({ id: 'mark-new', kind: 'CitizenInitiative', name: 'Nieuw' })],
  ['deleteActor', (s) => s.deleteActor('m-kortrijk')],
  ['importGraph', (s) => s.importGraph({ actors: [{ id: 'mark-import', kind: 'Organisation', name: 'Import' }], relations: [] })],
];

export function defineChangeMarkContract(ctx: ContractContext): void {
  describe('changeMark', () => {
    it('stays the same while nothing is written', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = await store.changeMark();
      // Every adapter keeps a mark: the caches of the services rely on it on every store.
      expect(mark).not.toBeNull();
      await store.subgraph({ areaId: null });
      await store.listActors({}, { offset: 0, limit: 10 });
      expect(await store.changeMark()).toBe(mark);
    });

    it.each(writes)('moves after %s', async (_name, write) => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const before = await store.changeMark();
      await write(store);
      expect(await store.changeMark()).not.toBe(before);
    });

    it('moves after a relation write', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const relation = (await store.exportGraph()).relations[0];
      if (!relation) throw new Error('the fixture has relations');
      const before = await store.changeMark();
      expect(await store.deleteRelation(relation.id)).toBe(true);
      expect(await store.changeMark()).not.toBe(before);
    });
  });
}
