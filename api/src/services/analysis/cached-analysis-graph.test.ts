import type { Subgraph } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { actor, relation } from '../../analysis/fixtures/classic-graphs';
import type { GraphStore } from '../../store/graph-store';
import { MarkCache } from '../../store/mark-cache';
import { cachedAnalysisGraph } from './cached-analysis-graph';

/** A region of 20 actors in a ring (40 graph elements) whose mark the test moves; counts full reads and patches. */
function ringStore() {
  const ids = Array.from({ length: 20 }, (_, i) => `a${i}`);
  const region: Subgraph = { areaId: null, areaKind: null, asOf: '2026-01-01', nodes: ids.map((id) => actor(id)), relations: ids.map((id, i) => relation(id, ids[(i + 1) % ids.length] as string)) };
  const state = { mark: 'm1', reads: 0, patches: 0 };
  const store: Pick<GraphStore, 'subgraph' | 'regionChangesSince' | 'changeMark'> = {
    changeMark: async () => state.mark,
    subgraph: async () => {
      state.reads += 1;
      return region;
    },
    regionChangesSince: async (_mark, asOf) => {
      state.patches += 1;
      return { asOf, actors: [], relations: [], actorIds: [], relationIds: [] };
    },
  };
  return { state, store };
}

describe('the region kept in the mark cache', () => {
  it('is patched after a write when it fits half the cache, and read again every time when it does not', async () => {
    for (const [budget, kept] of [[80, true], [79, false]] as const) {
      const { state, store } = ringStore();
      const cache = new MarkCache(store, () => '2026-01-01', budget);
      await cachedAnalysisGraph(cache, store, {}, '2026-01-01');
      state.mark = 'm2';
      await cachedAnalysisGraph(cache, store, {}, '2026-01-01');
      state.mark = 'm3';
      await cachedAnalysisGraph(cache, store, {}, '2026-01-01');
      expect({ budget, reads: state.reads, patches: state.patches }).toEqual(kept ? { budget, reads: 1, patches: 2 } : { budget, reads: 3, patches: 0 });
    }
  });
});
