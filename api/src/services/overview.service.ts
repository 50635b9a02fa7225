import type { Scope } from '@weefsel/graph-schema';
import { areaOverview, type AreaOverview } from '../analysis/overview/area-overview';
import type { GraphStore } from '../store/graph-store';
import { keptWhileSame, MarkCache } from '../store/mark-cache';
import { headerOf, type ScopeHeader } from './analysis/analysis-views';
import { cachedAnalysisGraph } from './analysis/cached-analysis-graph';

export type OverviewView = ScopeHeader & AreaOverview;

/**
 * A scope seen as its areas one level down (`analysis/overview`). The answer is a few dozen areas
 * and their bundles, so it is kept in the mark cache (size 1) even where the scope's analysis graph
 * is too large to keep (the whole region of 50,000 actors): only the first reader after a change
 * waits for the region to be read.
 */
export class OverviewService {
  constructor(
    private readonly store: GraphStore,
    private readonly cache: MarkCache = new MarkCache(store),
  ) {}

  async areaOverview(scope: Scope, asOf: string | null): Promise<OverviewView> {
    const load = () => cachedAnalysisGraph(this.cache, this.store, scope, asOf);
    const { view } = await this.cache.get(
      `area-overview|${this.cache.scopeKey(scope, asOf)}`,
      async () => {
        const ag = await load();
        return { ag, view: { ...headerOf(ag.subgraph), ...areaOverview(ag) } };
      },
      { update: keptWhileSame(({ ag }) => ag, load) },
    );
    return view;
  }
}
