import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph-store';
import { markPart } from '../mark-parts';
import { endedSessionKey } from '../user-audit-store';
import type { ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

/** Each graph write, and whether the mark must move: it must, for every one of them. */
const writes: [string, (store: GraphStore) => Promise<unknown>][] = [
  ['upsertActor', (s) => s.upsertActor({ id: 'mark-new', kind: 'CitizenInitiative', name: 'Nieuw' })],
  ['deleteActor', (s) => s.deleteActor('m-kortrijk')],
  ['importGraph', (s) => s.importGraph({ actors: [{ id: 'mark-import', kind: 'Organisation', name: 'Import' }], relations: [] })],
];

const userWrites: [string, (store: GraphStore) => Promise<unknown>][] = [
  ['createUser', (s) => s.createUser({ id: 'u-other', name: 'other', role: 'viewer', passwordHash: 'hash-2' })],
  ['updateUser', (s) => s.updateUser('u-mark', { role: 'editor' })],
  ['deleteUser', (s) => s.deleteUser('u-mark')],
  ['endSession', (s) => s.endSession('u-mark', endedSessionKey(4000, 's1'), 1000)],
  ['endSessions', (s) => s.endSessions('u-mark')],
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

    // The session's user is kept by the users' part (cached-reads.ts): every user write must move
    // it. The graph's part stays, so the graph's cached values are not computed again.
    it.each(userWrites)('moves its users part, not its graph part, after the user write %s', async (_name, write) => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      await store.createUser({ id: 'u-mark', name: 'mark', role: 'viewer', passwordHash: 'hash-1' });
      const before = (await store.changeMark()) as string;
      await write(store);
      const after = (await store.changeMark()) as string;
      expect(markPart(after, 'users')).not.toBe(markPart(before, 'users'));
      expect(markPart(after, 'graph')).toBe(markPart(before, 'graph'));
    });

    it('moves its graph part, not its users part, after a graph write', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      await store.createUser({ id: 'u-mark', name: 'mark', role: 'viewer', passwordHash: 'hash-1' });
      const before = (await store.changeMark()) as string;
      await store.upsertActor({ id: 'mark-new', kind: 'CitizenInitiative', name: 'Nieuw' });
      const after = (await store.changeMark()) as string;
      expect(markPart(after, 'graph')).not.toBe(markPart(before, 'graph'));
      expect(markPart(after, 'users')).toBe(markPart(before, 'users'));
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
