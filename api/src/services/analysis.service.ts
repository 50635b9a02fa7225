import { ValidationError, type Scope, type Subgraph } from '@weefsel/graph-schema';
import { buildAnalysisGraph, type AnalysisGraph } from '../analysis/analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis/analysis-options';
import { boundarySpanners } from '../analysis/boundary-spanners';
import { domainMatrix, type DomainMatrix } from '../analysis/domain-matrix';
import { findGaps } from '../analysis/gaps/find-gaps';
import { forceLayout, type NodePosition } from '../analysis/layout';
import type { GapKind } from '../analysis/gaps/gap';
import { networkMetrics, type NetworkMetrics } from '../analysis/metrics';
import { networkChanges } from '../analysis/network-changes';
import { scopeProfile } from '../analysis/scope-profile';
import { subgraphSize } from '../store/cached-subgraphs';
import type { GraphStore } from '../store/graph-store';
import { MarkCache } from '../store/mark-cache';
import { checkPathEnds, comparisonLimits } from './analysis/analysis-requests';
import {
  changesView,
  comparisonView,
  gapsView,
  headerOf,
  metricsView,
  pathView,
  spannersView,
  type ChangesView,
  type ComparisonView,
  type GapsView,
  type MetricsView,
  type PathView,
  type LayoutView,
  type ScopeHeader,
  type SpannerView,
} from './analysis/analysis-views';
import { loadCoverage, type CoverageView } from './analysis/coverage-view';
import { checkRange } from './paging';
import { checkArea } from './recommend/recommend-region';

/**
 * Network analysis of a scope as it stood on a date: loads the subgraph, hands it to analysis/.
 * The analysis graph, metrics and layout of a scope are kept in the mark cache until the graph
 * changes; each is computed from data read inside its own computation, so it is never kept under
 * a newer mark than the data it came from.
 */
export class AnalysisService {
  constructor(
    private readonly store: GraphStore,
    private readonly options: AnalysisOptions = defaultAnalysisOptions,
    private readonly cache: MarkCache = new MarkCache(store),
  ) {}

  async metrics(scope: Scope, asOf: string | null): Promise<MetricsView> {
    const { ag, metrics } = await this.cache.get<{ ag: AnalysisGraph; metrics: NetworkMetrics }>(
      `metrics|${this.cache.scopeKey(scope, asOf)}`,
      async () => {
        const ag = await this.load(scope, asOf);
        return { ag, metrics: networkMetrics(ag, this.options) };
      },
      { size: ({ ag }) => subgraphSize(ag.subgraph) },
    );
    return metricsView(ag, metrics);
  }

  /**
   * Drawing positions for every node of a scope, computed once per scope and date until the graph
   * changes. Only for scopes with more than `minElements` nodes plus relations: the web lays out
   * small scopes itself (labels and area groups make a nicer picture there) and asks for positions
   * only where a layout in the browser would take seconds.
   */
  async layout(scope: Scope, asOf: string | null, minElements: number): Promise<LayoutView> {
    checkRange('networkLayout', 'minElements', minElements, 0, 10_000_000);
    const subgraph = await this.store.subgraph(scope, asOf);
    const header = headerOf(subgraph);
    if (subgraph.nodes.length + subgraph.relations.length <= minElements) return { ...header, computed: false, positions: [] };
    const { positions } = await this.cache.get<{ subgraph: Subgraph; positions: Map<string, NodePosition> }>(
      `layout|${this.cache.scopeKey(scope, asOf)}`,
      async () => {
        const current = await this.store.subgraph(scope, asOf);
        return { subgraph: current, positions: forceLayout(current, { seed: this.options.seed }) };
      },
      { size: (laid) => subgraphSize(laid.subgraph) },
    );
    return { ...header, computed: true, positions: [...positions].map(([actorId, { x, y }]) => ({ actorId, x, y })) };
  }

  async gaps(scope: Scope, asOf: string | null, kinds?: readonly GapKind[]): Promise<GapsView> {
    const ag = await this.load(scope, asOf);
    return gapsView(ag, findGaps(ag, this.options, kinds));
  }

  /** What the area's own actors cover and lack on `asOf` (the function the gaps and recommendations use). */
  async coverage(areaId: string, asOf: string | null): Promise<CoverageView> {
    await checkArea(this.store, 'areaCoverage', areaId, 'areaId');
    return loadCoverage(this.store, areaId, asOf);
  }

  async domainMatrix(scope: Scope, asOf: string | null): Promise<ScopeHeader & DomainMatrix> {
    const ag = await this.load(scope, asOf);
    return { ...headerOf(ag.subgraph), ...domainMatrix(ag) };
  }

  async boundarySpanners(scope: Scope, asOf: string | null, minDomains: number): Promise<SpannerView[]> {
    checkRange('boundarySpanners', 'minDomains', minDomains, 2, 11);
    const ag = await this.load(scope, asOf);
    return spannersView(ag, boundarySpanners(ag, minDomains));
  }

  /** The shortest chain of collaboration ties between two actors in the whole network. */
  async path(from: string, to: string, asOf: string | null): Promise<PathView | null> {
    checkPathEnds(await this.store.getActors([from, to]), from, to);
    const ag = await this.load({}, asOf);
    return pathView(ag, from, to);
  }

  async compareScopes(scopes: Scope[], asOf: string | null): Promise<ComparisonView[]> {
    checkRange('compareScopes', 'scopes', scopes.length, 1, comparisonLimits.maxScopes);
    const graphs: AnalysisGraph[] = [];
    for (const [i, scope] of scopes.entries()) graphs.push(await this.loadNth(scope, asOf, i));
    return graphs.map((ag) => comparisonView(ag, scopeProfile(ag)));
  }

  async networkChanges(scope: Scope, from: string, to: string): Promise<ChangesView> {
    if (from > to) {
      throw new ValidationError('networkChanges', [{ path: 'to', message: `must not be before from (${from}); got ${to}` }]);
    }
    const [before, after] = [await this.load(scope, from), await this.load(scope, to)];
    return changesView(before, after, networkChanges(before, after, { from, to }, this.options), { from, to });
  }

  private load(scope: Scope, asOf: string | null): Promise<AnalysisGraph> {
    return this.cache.get(`analysis-graph|${this.cache.scopeKey(scope, asOf)}`, async () => buildAnalysisGraph(await this.store.subgraph(scope, asOf)), {
      size: (ag) => subgraphSize(ag.subgraph),
    });
  }

  /** Loads one of several scopes; a bad area id is reported at its place in the list. */
  private async loadNth(scope: Scope, asOf: string | null, index: number): Promise<AnalysisGraph> {
    try {
      return await this.load(scope, asOf);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const issues = error.issues.map((i) => ({ ...i, path: `scopes[${index}].${i.path.replace(/^scope\./, '')}` }));
      throw new ValidationError('compareScopes', issues);
    }
  }
}
