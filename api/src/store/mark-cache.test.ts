import { describe, expect, it } from 'vitest';
import { MarkCache, markCacheMaxEntry } from './mark-cache';

/** A store whose mark the test moves by hand. */
function markedStore(initial: string | null = 'm1') {
  const state = { mark: initial };
  return { state, store: { changeMark: async () => state.mark } };
}

function counter() {
  let calls = 0;
  return {
    compute: async () => (calls += 1),
    get calls() {
      return calls;
    },
  };
}

describe('MarkCache', () => {
  it('computes a key once while the mark stays, shared by concurrent callers', async () => {
    const { store } = markedStore();
    const cache = new MarkCache(store);
    const c = counter();
    const values = await Promise.all([cache.get('a', c.compute), cache.get('a', c.compute), cache.get('a', c.compute)]);
    expect(values).toEqual([1, 1, 1]);
    expect(await cache.get('b', c.compute)).toBe(2);
    expect(c.calls).toBe(2);
  });

  it('updates the value kept under the older mark once the mark moved, and computes when it cannot', async () => {
    const { state, store } = markedStore();
    const cache = new MarkCache(store);
    const c = counter();
    const updates: [number, string, string][] = [];
    const update = async (stale: number, staleMark: string, mark: string) => {
      updates.push([stale, staleMark, mark]);
      return staleMark === 'm1' ? stale * 10 : null;
    };
    expect(await cache.get('a', c.compute, { update })).toBe(1);
    state.mark = 'm2';
    expect(await cache.get('a', c.compute, { update })).toBe(10);
    expect(await cache.get('a', c.compute, { update })).toBe(10);
    state.mark = 'm3';
    // The update for m2 gives up: computed afresh.
    expect(await cache.get('a', c.compute, { update })).toBe(2);
    expect(updates).toEqual([[1, 'm1', 'm2'], [10, 'm2', 'm3']]);
    // A computation is told the mark its value is kept under.
    expect(await cache.get('b', (mark) => `computed at ${mark}`)).toBe('computed at m3');
  });

  it('computes afresh when the value to update had failed', async () => {
    const { state, store } = markedStore();
    const cache = new MarkCache(store);
    const update = async (stale: number) => stale + 1;
    let fail: (error: Error) => void = () => undefined;
    const failing = cache.get('a', () => new Promise<number>((_resolve, reject) => (fail = reject)), { update });
    await new Promise((resolve) => setImmediate(resolve));
    // The mark moves while the first value is still being computed; then that computation fails.
    state.mark = 'm2';
    const next = cache.get('a', async () => 7, { update });
    fail(new Error('down'));
    await expect(failing).rejects.toThrow('down');
    expect(await next).toBe(7);
  });

  it('computes again once the mark moved', async () => {
    const { state, store } = markedStore();
    const cache = new MarkCache(store);
    const c = counter();
    await cache.get('a', c.compute);
    state.mark = 'm2';
    expect(await cache.get('a', c.compute)).toBe(2);
    expect(await cache.get('a', c.compute)).toBe(2);
  });

  it('keeps nothing for a store that cannot tell when it changed', async () => {
    const { store } = markedStore(null);
    const cache = new MarkCache(store);
    const c = counter();
    await cache.get('a', c.compute);
    await cache.get('a', c.compute);
    expect(c.calls).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('forgets a failed computation, and a value it may not keep', async () => {
    const { store } = markedStore();
    const cache = new MarkCache(store);
    await expect(cache.get('a', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await cache.get('a', async () => 'read again')).toBe('read again');
    const c = counter();
    await cache.get('big', c.compute, { size: () => markCacheMaxEntry + 1 });
    await cache.get('big', c.compute, { size: () => markCacheMaxEntry + 1 });
    expect(c.calls).toBe(2);
    // A caller may allow one larger value (the recommendations' region), never above the budget.
    const region = counter();
    await cache.get('region', region.compute, { size: () => markCacheMaxEntry + 1, maxSize: 2 * markCacheMaxEntry });
    await cache.get('region', region.compute, { size: () => markCacheMaxEntry + 1, maxSize: 2 * markCacheMaxEntry });
    expect(region.calls).toBe(1);
  });

  it('drops the least recently used values until the rest fits the budget', async () => {
    const { store } = markedStore();
    const cache = new MarkCache(store, () => '2026-01-01', 100);
    const c = counter();
    await cache.get('zone-a', c.compute, { size: () => 40 });
    await cache.get('zone-b', c.compute, { size: () => 40 });
    await cache.get('zone-a', c.compute, { size: () => 40 });
    expect(cache.elements).toBe(80);
    await cache.get('zone-c', c.compute, { size: () => 30 });
    // 110 > 100: b, the least recently used, goes; a and c stay.
    expect(cache.elements).toBe(70);
    expect(await cache.get('zone-a', c.compute, { size: () => 40 })).toBe(1);
    expect(await cache.get('zone-c', c.compute, { size: () => 30 })).toBe(3);
    expect(await cache.get('zone-b', c.compute, { size: () => 40 })).toBe(4);
  });

  it('drops the least recently used entry beyond its size', async () => {
    const { store } = markedStore();
    const cache = new MarkCache(store, () => '2026-01-01', 2);
    const c = counter();
    await cache.get('a', c.compute);
    await cache.get('b', c.compute);
    await cache.get('a', c.compute);
    await cache.get('c', c.compute);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', c.compute)).toBe(1);
    expect(await cache.get('b', c.compute)).toBe(4);
  });

  it('reads the mark once for callers of the same turn, and again for a caller after a write', async () => {
    const { state } = markedStore();
    let reads = 0;
    const cache = new MarkCache({ changeMark: async () => ((reads += 1), state.mark) });
    const c = counter();
    await Promise.all([cache.get('a', c.compute), cache.get('b', c.compute), cache.get('a', c.compute)]);
    expect(reads).toBe(1);
    state.mark = 'm2';
    expect(await cache.get('a', c.compute)).toBe(3);
    expect(reads).toBe(2);
  });

  it('keeps a value computed inside another under the mark that one was read at, without reading it again', async () => {
    const { state } = markedStore();
    let reads = 0;
    const cache = new MarkCache({ changeMark: async () => ((reads += 1), state.mark) });
    const c = counter();
    const outer = await cache.get('outer', async (mark) => (await cache.get('inner', c.compute, { mark: mark ?? undefined })) * 100);
    expect([outer, reads]).toEqual([100, 1]);
    // Kept under that mark: asked again while it holds, it is not computed again.
    expect(await cache.get('inner', c.compute)).toBe(1);
    state.mark = 'm2';
    expect(await cache.get('inner', c.compute)).toBe(2);
  });

  it('keys a history read by today, so it is not kept past the day', () => {
    let today = '2026-12-03';
    const cache = new MarkCache(markedStore().store, () => today);
    const yesterday = cache.scopeKey({ areaId: 'cz-1' }, null);
    today = '2026-12-04';
    expect(cache.scopeKey({ areaId: 'cz-1' }, null)).not.toBe(yesterday);
    expect(cache.scopeKey({ areaId: 'cz-1' }, '2026-01-01')).not.toBe(cache.scopeKey({}, '2026-01-01'));
  });

  it('shares a value for one mark among its callers, drops it at the next mark and forgets a failure', async () => {
    const cache = new MarkCache(markedStore().store);
    const c = counter();
    expect(await Promise.all([cache.forMark('m1', 'x', c.compute), cache.forMark('m1', 'x', c.compute)])).toEqual([1, 1]);
    expect(await cache.forMark('m1', 'y', c.compute)).toBe(2);
    expect(await cache.forMark('m2', 'x', c.compute)).toBe(3);
    // Back at m1 nothing is kept: only the mark asked last shares its values.
    expect(await cache.forMark('m1', 'x', c.compute)).toBe(4);
    await expect(cache.forMark('m1', 'z', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.forMark('m1', 'z', c.compute)).toBe(5);
  });
});
