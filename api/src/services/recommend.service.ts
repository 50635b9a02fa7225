import { defaultCollaborationKind, type Relation, type RelationKind, type Scope } from '@weefsel/graph-schema';
import { buildAnalysisGraph } from '../analysis/analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis/analysis-options';
import { findGaps } from '../analysis/gaps/find-gaps';
import { recommendContext, type RecommendContext } from '../analysis/recommend/recommend-context';
import { recommendPartners } from '../analysis/recommend/recommend-partners';
import { resolveWeights, type WeightOverrides } from '../analysis/recommend/recommend-weights';
import { suggestCollaborations } from '../analysis/recommend/suggest-collaborations';
import type { GraphStore } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';
import { checkRange } from './paging';
import { checkActor, checkArea, topAreaOf } from './recommend/recommend-region';
import { partnerView, suggestionView, type PartnerView, type SuggestionView } from './recommend/recommend-views';

export const recommendLimits = { maxLimit: 50, cacheMillis: 10_000 } as const;

export interface AcceptSuggestionInput {
  source: string;
  target: string;
  kind?: RelationKind | null;
  note?: string | null;
}

interface CachedContext {
  ctx: RecommendContext;
  at: number;
  /** The store's change mark when it was built; null: the store cannot tell, so `at` decides. */
  mark: string | null;
}

/**
 * Partner recommendations and suggested collaborations. The scored graph is the care zone (widest
 * area) of the actor or neighbourhood asked about, kept per zone until the store's change mark
 * moves (any write, in any worker process): building its communities is the expensive part. A
 * store without a mark (Neo4j) keeps it for `cacheMillis`, and `invalidate()` drops it at once
 * (acceptSuggestion calls it).
 */
export class RecommendService {
  private readonly cache = new Map<string, CachedContext>();

  constructor(
    private readonly store: GraphStore,
    private readonly options: AnalysisOptions = defaultAnalysisOptions,
    private readonly now: () => number = Date.now,
  ) {}

  async recommendPartners(actorId: string, neighbourhoodId: string | null, limit: number, weights?: WeightOverrides | null): Promise<PartnerView[]> {
    checkRange('recommendPartners', 'limit', limit, 1, recommendLimits.maxLimit);
    const resolved = resolveWeights(weights);
    await checkActor(this.store, 'recommendPartners', actorId);
    if (neighbourhoodId) await checkArea(this.store, 'recommendPartners', neighbourhoodId);
    const zone = await topAreaOf(this.store, actorId);
    // Asked about a neighbourhood in another zone: score on the whole network, where both lie.
    const scopeZone = neighbourhoodId && (await topAreaOf(this.store, neighbourhoodId)) !== zone ? null : zone;
    const ctx = await this.context(scopeZone === null ? {} : { areaId: scopeZone });
    const recs = recommendPartners(ctx, { actorId, areaId: neighbourhoodId ?? null, weights: resolved, limit });
    return recs.map((r) => partnerView(ctx, r));
  }

  async suggestCollaborations(neighbourhoodId: string, limit: number, weights?: WeightOverrides | null): Promise<SuggestionView[]> {
    checkRange('suggestCollaborations', 'limit', limit, 1, recommendLimits.maxLimit);
    const resolved = resolveWeights(weights);
    await checkArea(this.store, 'suggestCollaborations', neighbourhoodId);
    const zone = await topAreaOf(this.store, neighbourhoodId);
    const ctx = await this.context(zone === null ? { areaId: neighbourhoodId } : { areaId: zone });
    // The gaps are the neighbourhood's own (as the gaps query reports them for that scope).
    const local = buildAnalysisGraph(await this.store.subgraph({ areaId: neighbourhoodId }, null));
    const gaps = findGaps(local, this.options);
    return suggestCollaborations(ctx, { areaId: neighbourhoodId, gaps, weights: resolved, limit }).map((s) => suggestionView(ctx, local, s));
  }

  /**
   * Records an accepted recommendation or suggestion as a planned tie (default: partners with), so
   * it shows in the network and is not recommended again; validated like any relation.
   */
  async acceptSuggestion(input: AcceptSuggestionInput, who?: WriteAuthor): Promise<Relation> {
    const relation = await this.store.upsertRelation(
      { kind: input.kind ?? defaultCollaborationKind, source: input.source, target: input.target, note: input.note ?? null, status: 'PLANNED' },
      who,
    );
    this.invalidate();
    return relation;
  }

  /** Drops every cached graph: the next call reads the store again. */
  invalidate(): void {
    this.cache.clear();
  }

  private async context(scope: Scope): Promise<RecommendContext> {
    const key = scope.areaId ?? '';
    const mark = await this.store.changeMark();
    const hit = this.cache.get(key);
    const fresh = hit && (mark === null ? hit.mark === null && this.now() - hit.at < recommendLimits.cacheMillis : hit.mark === mark);
    if (hit && fresh) return hit.ctx;
    const ctx = recommendContext(buildAnalysisGraph(await this.store.subgraph(scope, null)));
    this.cache.set(key, { ctx, at: this.now(), mark });
    return ctx;
  }
}
