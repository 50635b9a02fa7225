import type { Scope } from '@weefsel/graph-schema';
import { buildAnalysisGraph, type AnalysisGraph } from '../../analysis/analysis-graph';
import { subgraphSize } from '../../store/cached-subgraphs';
import type { GraphStore } from '../../store/graph-store';
import type { MarkCache } from '../../store/mark-cache';

/**
 * The analysis graph of a scope on a day, kept in the mark cache until the graph changes: one
 * entry per scope and day that the analyses and the area overview share.
 */
export function cachedAnalysisGraph(cache: MarkCache, store: Pick<GraphStore, 'subgraph'>, scope: Scope, asOf: string | null): Promise<AnalysisGraph> {
  return cache.get(`analysis-graph|${cache.scopeKey(scope, asOf)}`, async () => buildAnalysisGraph(await store.subgraph(scope, asOf)), {
    size: (ag) => subgraphSize(ag.subgraph),
  });
}
