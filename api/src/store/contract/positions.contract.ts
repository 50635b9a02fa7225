import { describe, expect, it } from 'vitest';
import { positionLimits, type StoredPosition } from '../position-store';
import { pathsOf, rejectsWithValidation, type ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

const byActor = (positions: StoredPosition[]) => [...positions].sort((a, b) => (a.actorId < b.actorId ? -1 : 1));

export function definePositionsContract(ctx: ContractContext): void {
  describe('drawing positions per scope', () => {
    it('keeps positions per scope, sets the given ones and keeps the rest, or replaces them all', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      expect(await store.readPositions('cz-noord')).toEqual([]);
      await store.writePositions('cz-noord', [
        { actorId: 'm-oostende', x: 1.5, y: -2, pinned: false },
        { actorId: 'o-sociaal-huis', x: 10, y: 20, pinned: true },
      ]);
      await store.writePositions('region', [{ actorId: 'm-oostende', x: 99, y: 99, pinned: false }]);
      await store.writePositions('cz-noord', [{ actorId: 'm-oostende', x: 3, y: 4, pinned: true }]);
      expect(byActor(await store.readPositions('cz-noord'))).toEqual([
        { actorId: 'm-oostende', x: 3, y: 4, pinned: true },
        { actorId: 'o-sociaal-huis', x: 10, y: 20, pinned: true },
      ]);
      await store.writePositions('cz-noord', [{ actorId: 'tm-eline', x: 0, y: 0, pinned: false }], { replace: true });
      expect(await store.readPositions('cz-noord')).toEqual([{ actorId: 'tm-eline', x: 0, y: 0, pinned: false }]);
      expect(await store.readPositions('region')).toEqual([{ actorId: 'm-oostende', x: 99, y: 99, pinned: false }]);
      await store.writePositions('cz-noord', [], { replace: true });
      expect(await store.readPositions('cz-noord')).toEqual([]);
    });

    it('forgets the positions of a deleted actor', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      await store.writePositions('region', [
        { actorId: 'tm-eline', x: 1, y: 1, pinned: true },
        { actorId: 'm-oostende', x: 2, y: 2, pinned: false },
      ]);
      await store.deleteActor('tm-eline');
      expect(await store.readPositions('region')).toEqual([{ actorId: 'm-oostende', x: 2, y: 2, pinned: false }]);
    });

    it('refuses unknown actors and numbers out of range, naming the entry, and writes nothing', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      await store.writePositions('region', [{ actorId: 'm-oostende', x: 5, y: 5, pinned: false }]);
      const bad = [
        { actorId: 'm-oostende', x: 7, y: 7, pinned: false },
        { actorId: 'ghost', x: 1, y: 1, pinned: false },
        { actorId: 'tm-eline', x: Number.NaN, y: positionLimits.coordinate * 2, pinned: false },
      ];
      const issues = await rejectsWithValidation(() => store.writePositions('region', bad, { replace: true }));
      expect(pathsOf(issues)).toEqual(['positions[2].x', 'positions[2].y']);
      const unknown = await rejectsWithValidation(() => store.writePositions('region', bad.slice(0, 2)));
      expect(unknown).toMatchObject([{ path: 'positions[1].actorId', code: 'unknownActor', params: { id: 'ghost' } }]);
      expect(await store.readPositions('region')).toEqual([{ actorId: 'm-oostende', x: 5, y: 5, pinned: false }]);
    });

    it('does not move the change mark: a dragged actor keeps every cached analysis', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const before = await store.changeMark();
      await store.writePositions('region', [{ actorId: 'm-oostende', x: 5, y: 5, pinned: true }]);
      expect(await store.changeMark()).toBe(before);
    });
  });
}
