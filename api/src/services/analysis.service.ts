import { codedIssue, isAreaKind, ValidationError, type Scope, type Subgraph } from '@weefsel/graph-schema';
import type { AnalysisGraph } from '../analysis/analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis/analysis-options';
import { boundarySpanners } from '../analysis/boundary-spanners';
import { domainMatrix, type DomainMatrix } from '../analysis/domain-matrix';
import { findGaps } from '../analysis/gaps/find-gaps';
import { forceLayout, type NodePosition } from '../analysis/layout';
import { placeMissing } from '../analysis/layout-placement';
import { positionScopeKey, type StoredPosition } from '../store/position-store';
import type { GapKind } from '../analysis/gaps/gap';
import { networkMetrics, type NetworkMetrics } from '../analysis/metrics';
import { networkChanges } from '../analysis/network-changes';
import { scopeProfile } from '../analysis/scope-profile';
import { subgraphSize } from '../store/cached-reads';
import type { GraphStore } from '../store/graph-store';
import { keptWhileSame, MarkCache } from '../store/mark-cache';
import { checkPathEnds, comparisonLimits } from './analysis/analysis-requests';
import { cachedAnalysisGraph } from './analysis/cached-analysis-graph';
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
      { size: ({ ag }) => subgraphSize(ag.subgraph), update: keptWhileSame(({ ag }) => ag, () => this.load(scope, asOf)) },
    );
    return metricsView(ag, metrics);
  }

  /**
   * Drawing positions for every node of a scope: its kept picture (see PositionStore), with actors
   * new to it placed next to their partners, or else a ForceAtlas2 layout, which is kept from then
   * on. A scope of at most `minElements` nodes plus relations gets its kept picture when it has one
   * (an editor dragged an actor there) and otherwise none: the web lays out small scopes itself
   * (labels and area groups make a nicer picture there) and asks for a computed layout only where
   * one in the browser would take seconds.
   */
  async layout(scope: Scope, asOf: string | null, minElements: number): Promise<LayoutView> {
    checkRange('networkLayout', 'minElements', minElements, 0, 10_000_000);
    const subgraph = await this.store.subgraph(scope, asOf);
    const header = headerOf(subgraph);
    const key = positionScopeKey(scope);
    const inScope = new Set(subgraph.nodes.map((n) => n.id));
    const stored = (await this.store.readPositions(key)).filter((p) => inScope.has(p.actorId));
    if (stored.length > 0) {
      // A kept picture: only actors it does not hold yet are placed, next to their partners, and
      // kept too, so the next reader (any worker) sees the same.
      const placed = placeMissing(subgraph, new Map(stored.map((p) => [p.actorId, p])));
      const pinned = new Set(stored.filter((p) => p.pinned).map((p) => p.actorId));
      const had = new Set(stored.map((p) => p.actorId));
      const added = [...placed].filter(([id]) => !had.has(id));
      if (added.length > 0) await this.keep(key, added.map(([actorId, p]) => ({ actorId, x: p.x, y: p.y, pinned: false })), false);
      // In the order of the network's nodes, as a computed layout answers (the store keeps no order).
      const positions = subgraph.nodes.flatMap((n) => {
        const p = placed.get(n.id);
        return p ? [{ actorId: n.id, x: p.x, y: p.y, pinned: pinned.has(n.id) }] : [];
      });
      return { ...header, computed: true, kept: true, positions };
    }
    if (subgraph.nodes.length + subgraph.relations.length <= minElements) return { ...header, computed: false, kept: false, positions: [] };
    const { positions } = await this.cache.get<{ subgraph: Subgraph; positions: Map<string, NodePosition> }>(
      `layout|${this.cache.scopeKey(scope, asOf)}`,
      async () => {
        const current = await this.store.subgraph(scope, asOf);
        return { subgraph: current, positions: forceLayout(current, { seed: this.options.seed }) };
      },
      { size: (laid) => subgraphSize(laid.subgraph), update: keptWhileSame((laid) => laid.subgraph, () => this.store.subgraph(scope, asOf)) },
    );
    const view = [...positions].map(([actorId, { x, y }]) => ({ actorId, x, y, pinned: false }));
    await this.keep(key, view, true);
    return { ...header, computed: true, kept: true, positions: view };
  }

  /**
   * Keeps positions a read worked out. The answer is right without them, so a store that cannot
   * take them now (read-only, busy, an actor deleted meanwhile) does not fail the read: the next
   * reader works them out again.
   */
  private async keep(key: string, positions: StoredPosition[], replace: boolean): Promise<void> {
    await this.store.writePositions(key, positions, { replace }).catch(() => undefined);
  }

  /**
   * Keeps the picture of a scope as an editor's browser drew it (after its own layout, or a drag:
   * `pinned`); with `replace` the positions of every other actor are dropped first.
   */
  async saveLayout(scope: Scope, positions: readonly StoredPosition[], replace: boolean): Promise<void> {
    await this.checkLayoutScope('saveLayout', scope);
    await this.store.writePositions(positionScopeKey(scope), positions, { replace });
  }

  /** Forgets the kept picture of a scope: the next layout starts afresh. */
  async resetLayout(scope: Scope): Promise<void> {
    await this.checkLayoutScope('resetLayout', scope);
    await this.store.writePositions(positionScopeKey(scope), [], { replace: true });
  }

  /** A picture is kept for the whole region or an area, nothing else. */
  private async checkLayoutScope(operation: string, scope: Scope): Promise<void> {
    if (!scope.areaId) return;
    const area = await this.store.getActor(scope.areaId);
    if (!area) throw new ValidationError(operation, [codedIssue('scope.areaId', 'unknownActor', { id: scope.areaId })]);
    if (!isAreaKind(area.kind)) throw new ValidationError(operation, [codedIssue('scope.areaId', 'notAnArea', { id: area.id, kind: area.kind })]);
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
    return cachedAnalysisGraph(this.cache, this.store, scope, asOf);
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
