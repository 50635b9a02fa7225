import { describe, expect, it } from 'vitest';
import { MarkCache } from './mark-cache';
import { asOneRequest, mayShareMarkRead, writingRequest } from './request-marks';

/** A store whose mark the test moves by hand, counting the reads. */
function countedStore() {
  const state = { mark: 'm1', reads: 0 };
  return { state, store: { changeMark: async () => ((state.reads += 1), state.mark) } };
}

const markOf = (cache: MarkCache, key: string) => cache.get(key, (mark) => mark);

describe('change-mark reads shared within one request', () => {
  it('a request takes the read begun when it arrived, for every value it asks later', async () => {
    const { state, store } = countedStore();
    const cache = new MarkCache(store);
    const marks = await asOneRequest(async () => {
      cache.readMarkAhead();
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [await markOf(cache, 'a'), await markOf(cache, 'b')];
    });
    expect(marks).toEqual(['m1', 'm1']);
    expect(state.reads).toBe(1);
  });

  it('never takes a read begun before it arrived: a write finished in between is seen', async () => {
    const { state, store } = countedStore();
    const cache = new MarkCache(store);
    expect(await markOf(cache, 'a')).toBe('m1');
    state.mark = 'm2';
    expect(await asOneRequest(() => markOf(cache, 'a'))).toBe('m2');
    expect(state.reads).toBe(2);
  });

  it('a request that writes reads the mark itself from then on, so it sees its own write', async () => {
    const { state, store } = countedStore();
    const cache = new MarkCache(store);
    const marks = await asOneRequest(async () => {
      cache.readMarkAhead();
      const before = await markOf(cache, 'a');
      writingRequest();
      state.mark = 'm2';
      return [before, await markOf(cache, 'a')];
    });
    expect(marks).toEqual(['m1', 'm2']);
  });

  it('outside a request nothing is shared across turns, as before', async () => {
    const { state, store } = countedStore();
    const cache = new MarkCache(store);
    await markOf(cache, 'a');
    await markOf(cache, 'a');
    expect(state.reads).toBe(2);
    expect(mayShareMarkRead(Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('a failed read is not shared with the next caller of the request', async () => {
    let fail = true;
    const cache = new MarkCache({ changeMark: async () => (fail ? Promise.reject(new Error('store down')) : 'm1') });
    const marks = await asOneRequest(async () => {
      await expect(markOf(cache, 'a')).rejects.toThrow('store down');
      fail = false;
      return markOf(cache, 'a');
    });
    expect(marks).toBe('m1');
  });
});
