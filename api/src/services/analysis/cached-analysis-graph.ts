import type { Scope } from '@weefsel/graph-schema';
import { buildAnalysisGraph, type AnalysisGraph } from '../../analysis/analysis-graph';
import { analysisGraphAfter } from '../../analysis/analysis-graph-after';
import { changesSince, subgraphSize } from '../../store/cached-reads';
import type { GraphStore } from '../../store/graph-store';
import { keptWhileSame, type MarkCache } from '../../store/mark-cache';
import { patchRegion } from '../../store/shared/patch-region';

/** The mark cache's key of a scope's analysis graph on a day. */
export function analysisGraphKey(cache: MarkCache, scope: Scope, asOf: string | null): string {
  return `analysis-graph|${cache.scopeKey(scope, asOf)}`;
}

/**
 * The analysis graph of a scope on a day, kept in the mark cache until the graph changes: one
 * entry per scope and day that the analyses, the area overview and the recommendations share.
 * The whole region (50,000 actors: seconds to read and build) may take half the cache's budget,
 * and after a write it is not read again: the store's change log says what changed, the region is
 * patched and the graph made from the one before (`analysisGraphAfter`), which tells the
 * recommendations what they may keep.
 */
export function cachedAnalysisGraph(
  cache: MarkCache,
  store: Pick<GraphStore, 'subgraph' | 'regionChangesSince'>,
  scope: Scope,
  asOf: string | null,
  /** The change mark the caller has just read (see `MarkCacheGet.mark`). */
  mark?: string | null,
): Promise<AnalysisGraph> {
  const size = (ag: AnalysisGraph) => subgraphSize(ag.subgraph);
  const compute = async () => buildAnalysisGraph(await store.subgraph(scope, asOf));
  const key = analysisGraphKey(cache, scope, asOf);
  // An area's is kept while its subgraph is: the cached store keeps that through writes that did not touch the area.
  if (scope.areaId) return cache.get(key, compute, { size, update: keptWhileSame((ag) => ag.subgraph, () => store.subgraph(scope, asOf)) });
  return cache.get(key, compute, {
    mark: mark ?? undefined,
    size,
    maxSize: cache.budget / 2,
    update: async (stale, staleMark, latest) => {
      const changes = await changesSince(cache, store, staleMark, latest, asOf);
      return changes && analysisGraphAfter(stale, patchRegion(stale.subgraph, changes), changes);
    },
  });
}
