import { defaultCollaborationKind, type Relation, type RelationKind, type Scope } from '@weefsel/graph-schema';
import { buildAnalysisGraph } from '../analysis/analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis/analysis-options';
import { findGaps } from '../analysis/gaps/find-gaps';
import { recommendContext, type RecommendContext } from '../analysis/recommend/recommend-context';
import { onlyDeepestArea, recommendPartners } from '../analysis/recommend/recommend-partners';
import type { RecommendRanking } from '../analysis/recommend/recommend-ranking';
import { resolveWeights, type WeightOverrides } from '../analysis/recommend/recommend-weights';
import { suggestCollaborations } from '../analysis/recommend/suggest-collaborations';
import { subgraphSize } from '../store/cached-subgraphs';
import type { GraphStore } from '../store/graph-store';
import { MarkCache } from '../store/mark-cache';
import type { WriteAuthor } from '../store/user-audit-store';
import { coverageView, loadCoverage } from './analysis/coverage-view';
import { checkRange } from './paging';
import { checkActor, checkArea, topAreaOf } from './recommend/recommend-region';
import { partnerView, suggestionView, type PartnerView, type SuggestionView } from './recommend/recommend-views';

export const recommendLimits = { maxLimit: 50 } as const;

/** Which recommendations: for one actor, optionally among one area's actors, about one area on one date. */
export interface PartnerRequest {
  actorId: string;
  /** Only candidates lying in this area. */
  neighbourhoodId: string | null;
  /**
   * The area whose lacks the reasons speak of; default: `neighbourhoodId`, else the actor's only
   * neighbourhood. No lack is claimed when there is none.
   */
  areaId: string | null;
  /** The day the facts hold on, already resolved by the caller (null: every relation ever recorded). */
  asOf: string | null;
  limit: number;
  weights?: WeightOverrides | null;
  ranking?: RecommendRanking;
}

export interface AcceptSuggestionInput {
  source: string;
  target: string;
  kind?: RelationKind | null;
  note?: string | null;
}

/**
 * Partner recommendations and suggested collaborations. The scored graph is the care zone (widest
 * area) of the actor or neighbourhood asked about on the date asked about, kept per zone and date
 * in the mark cache (until any write, by any process or instance): building its communities is the
 * expensive part.
 */
export class RecommendService {
  constructor(
    private readonly store: GraphStore,
    private readonly options: AnalysisOptions = defaultAnalysisOptions,
    private readonly cache: MarkCache = new MarkCache(store),
  ) {}

  async recommendPartners(req: PartnerRequest): Promise<PartnerView[]> {
    const { actorId, neighbourhoodId, asOf } = req;
    checkRange('recommendPartners', 'limit', req.limit, 1, recommendLimits.maxLimit);
    const resolved = resolveWeights(req.weights);
    await checkActor(this.store, 'recommendPartners', actorId);
    if (neighbourhoodId) await checkArea(this.store, 'recommendPartners', neighbourhoodId, 'neighbourhoodId');
    if (req.areaId) await checkArea(this.store, 'recommendPartners', req.areaId, 'areaId');
    const zone = await topAreaOf(this.store, actorId);
    // Asked about a neighbourhood in another zone: score on the whole network, where both lie.
    const scopeZone = neighbourhoodId && (await topAreaOf(this.store, neighbourhoodId)) !== zone ? null : zone;
    let ctx = await this.context(scopeZone === null ? {} : { areaId: scopeZone }, asOf);
    // Not yet (or no longer) placed in its zone on that day: the whole network of the day still holds it.
    if (!ctx.ag.adjacency.indexOf.has(actorId) && scopeZone !== null) ctx = await this.context({}, asOf);
    const index = ctx.ag.adjacency.indexOf.get(actorId);
    const areaId = req.areaId ?? neighbourhoodId ?? (index === undefined ? null : onlyDeepestArea(ctx, index));
    const area = areaId === null ? null : await loadCoverage(this.store, areaId, asOf);
    const recs = recommendPartners(ctx, { actorId, areaId: neighbourhoodId, coverage: area, weights: resolved, ranking: req.ranking ?? 'BALANCED', limit: req.limit });
    return recs.map((r) => partnerView(ctx, r, area));
  }

  /** New collaborations for the gaps of an area on `asOf`, its lacks read from the one coverage function. */
  async suggestCollaborations(neighbourhoodId: string, asOf: string | null, limit: number, weights?: WeightOverrides | null): Promise<SuggestionView[]> {
    checkRange('suggestCollaborations', 'limit', limit, 1, recommendLimits.maxLimit);
    const resolved = resolveWeights(weights);
    await checkArea(this.store, 'suggestCollaborations', neighbourhoodId);
    const zone = await topAreaOf(this.store, neighbourhoodId);
    const ctx = await this.context(zone === null ? { areaId: neighbourhoodId } : { areaId: zone }, asOf);
    // The gaps and coverage are the neighbourhood's own on that date, as the gaps and coverage queries report them.
    const local = buildAnalysisGraph(await this.store.subgraph({ areaId: neighbourhoodId }, asOf));
    const gaps = findGaps(local, this.options);
    const area = coverageView(local.subgraph);
    return suggestCollaborations(ctx, { areaId: neighbourhoodId, coverage: area, gaps, weights: resolved, limit }).map((s) => suggestionView(ctx, local, s, area));
  }

  /**
   * Records an accepted recommendation or suggestion as a planned tie (default: partners with), so
   * it shows in the network and is not recommended again; validated like any relation.
   */
  acceptSuggestion(input: AcceptSuggestionInput, who?: WriteAuthor): Promise<Relation> {
    // The write moves the change mark, so no recommendation built before it is handed out again.
    return this.store.upsertRelation(
      { kind: input.kind ?? defaultCollaborationKind, source: input.source, target: input.target, note: input.note ?? null, status: 'PLANNED' },
      who,
    );
  }

  private context(scope: Scope, asOf: string | null): Promise<RecommendContext> {
    return this.cache.get(`recommend|${this.cache.scopeKey(scope, asOf)}`, async () => recommendContext(buildAnalysisGraph(await this.store.subgraph(scope, asOf))), {
      size: (ctx) => subgraphSize(ctx.ag.subgraph),
    });
  }
}
