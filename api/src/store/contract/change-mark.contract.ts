import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph-store';
import { markPart, type MarkPart } from '../mark-parts';
import { endedSessionKey } from '../user-audit-store';
import type { ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

/**
 * Each write, and the part of the mark (`mark-parts.ts`) it must move: a graph write the graph's
 * part, a user or session write the users' part, which the session's user is kept by
 * (`cached-reads.ts`). The other part must stay, so its cached values are not computed again.
 */
const writes: [MarkPart, string, (store: GraphStore) => Promise<unknown>][] = [
  ['graph', 'upsertActor', (s) => s.upsertActor({ id: 'mark-new', kind: 'CitizenInitiative', name: 'Nieuw' })],
  ['graph', 'deleteActor', (s) => s.deleteActor('m-kortrijk')],
  ['graph', 'importGraph', (s) => s.importGraph({ actors: [{ id: 'mark-import', kind: 'Organisation', name: 'Import' }], relations: [] })],
  ['users', 'createUser', (s) => s.createUser({ id: 'u-other', name: 'other', role: 'viewer', passwordHash: 'hash-2' })],
  ['users', 'updateUser', (s) => s.updateUser('u-mark', { role: 'editor' })],
  ['users', 'deleteUser', (s) => s.deleteUser('u-mark')],
  ['users', 'endSession', (s) => s.endSession('u-mark', endedSessionKey(4000, 's1'), 1000)],
  ['users', 'endSessions', (s) => s.endSessions('u-mark')],
];
const otherPart = (part: MarkPart): MarkPart => (part === 'graph' ? 'users' : 'graph');

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

    it.each(writes)('moves its %s part, and only that, after %s', async (part, _name, write) => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      await store.createUser({ id: 'u-mark', name: 'mark', role: 'viewer', passwordHash: 'hash-1' });
      const before = (await store.changeMark()) as string;
      await write(store);
      const after = (await store.changeMark()) as string;
      expect(markPart(after, part)).not.toBe(markPart(before, part));
      expect(markPart(after, otherPart(part))).toBe(markPart(before, otherPart(part)));
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
