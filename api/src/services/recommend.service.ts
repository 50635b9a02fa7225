import { codedIssue, defaultCollaborationKind, isAreaKind, type Relation, type RelationKind, tieKinds, ValidationError } from '@weefsel/graph-schema';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis/analysis-options';
import { findGaps } from '../analysis/gaps/find-gaps';
import { recommendContext, type RecommendContext } from '../analysis/recommend/recommend-context';
import { recommendContextAfter } from '../analysis/recommend/recommend-context-after';
import { onlyDeepestArea, recommendPartners } from '../analysis/recommend/recommend-partners';
import type { RecommendRanking } from '../analysis/recommend/recommend-ranking';
import { resolveWeights, type WeightOverrides } from '../analysis/recommend/recommend-weights';
import { suggestCollaborations } from '../analysis/recommend/suggest-collaborations';
import type { GraphStore } from '../store/graph-store';
import { MarkCache } from '../store/mark-cache';
import { brusselsClock, type Today } from '../store/shared/status-on-read';
import type { WriteAuthor } from '../store/user-audit-store';
import { cachedAnalysisGraph } from './analysis/cached-analysis-graph';
import { coverageView, loadCoverage, nestedCoverageView } from './analysis/coverage-view';
import { checkRange } from './paging';
import { withKeptFit } from './recommend/kept-fit';
import { checkActor, checkArea, checkedEarly, widestAreaOf } from './recommend/recommend-region';
import { partnerView, suggestionView, type PartnerView, type SuggestionView } from './recommend/recommend-views';

export const recommendLimits = { maxLimit: 50 } as const;

/** Waits for every check and throws the error of the first one in the list that failed. */
async function firstFailure(checks: (Promise<unknown> | null)[]): Promise<void> {
  const failed = (await Promise.allSettled(checks)).find((c) => c.status === 'rejected');
  if (failed) throw failed.reason;
}

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
 * Partner recommendations and suggested collaborations, on graphs kept per date in the mark cache
 * until any write (by any process or instance). Partners are scored on the whole region: real new
 * ties cross care zones, and the features (partners, growth) must be counted everywhere; only the
 * actor's candidate pool is scored. Suggestions are scored on the same region, their other ends
 * looked for in the neighbourhood's care zone.
 */
export class RecommendService {
  constructor(
    private readonly store: GraphStore,
    private readonly options: AnalysisOptions = defaultAnalysisOptions,
    private readonly cache: MarkCache = new MarkCache(store),
    /** The day the whole history's "from now on" starts (the stores' and the cache's day). */
    private readonly today: Today = brusselsClock,
  ) {}

  async recommendPartners(req: PartnerRequest): Promise<PartnerView[]> {
    const { actorId, neighbourhoodId, asOf } = req;
    checkRange('recommendPartners', 'limit', req.limit, 1, recommendLimits.maxLimit);
    const resolved = resolveWeights(req.weights);
    // The checks and the region's context (when kept: one read of the change mark) at once: on
    // Neo4j each is a round trip. A kept region that holds the id answers its check; a bad input
    // is still reported without waiting for the context.
    const context = this.regionContext(asOf);
    context.catch(() => undefined);
    const kindIn = (id: string) => context.then((ctx) => ctx.ag.actors.get(id)?.kind);
    const checkAreaEarly = (id: string, path: string) => checkedEarly(kindIn(id), isAreaKind, () => checkArea(this.store, 'recommendPartners', id, path));
    await firstFailure([
      checkedEarly(kindIn(actorId), (kind) => tieKinds.has(kind), () => checkActor(this.store, 'recommendPartners', actorId, asOf)),
      neighbourhoodId ? checkAreaEarly(neighbourhoodId, 'neighbourhoodId') : null,
      req.areaId ? checkAreaEarly(req.areaId, 'areaId') : null,
    ]);
    const ctx = await context;
    // A partner is for a tie to form from the day asked on; in the whole history, from today on: an
    // actor that has ended gets none and is none (a day's read holds only the actors of that day).
    const today = this.today();
    const until = ctx.ag.actors.get(actorId)?.until ?? null;
    if (asOf === null && until !== null && until < today) throw new ValidationError('recommendPartners', [codedIssue('actorId', 'absentOnDay', { id: actorId, day: today })]);
    const index = ctx.ag.adjacency.indexOf.get(actorId);
    const areaId = req.areaId ?? neighbourhoodId ?? (index === undefined ? null : onlyDeepestArea(ctx, index));
    const area = areaId === null ? null : (nestedCoverageView(ctx.ag, areaId) ?? (await loadCoverage(this.store, areaId, asOf)));
    const ranking = req.ranking ?? 'BALANCED';
    const recs = recommendPartners(ctx, { actorId, areaId: neighbourhoodId, coverage: area, weights: resolved, ranking, limit: req.limit, endedBefore: asOf ?? today });
    return recs.map((r) => partnerView(ctx, r, area));
  }

  /**
   * The actor's community in the whole region on `asOf` (0 for the largest; null when it is not in
   * the region's network that day; an unknown id or a kind that holds no tie is refused): the
   * partition the region's metrics report and the reasons name ("gemeenschap 2 van de hele regio" is
   * index 1), read from the region the recommendations are scored on.
   */
  async regionCommunity(actorId: string, asOf: string | null): Promise<number | null> {
    const ctx = await this.regionContext(asOf);
    const index = ctx.ag.adjacency.indexOf.get(actorId);
    if (index === undefined) {
      await checkActor(this.store, 'regionCommunity', actorId);
      return null;
    }
    return ctx.communities().communityOf[index] ?? null;
  }

  /**
   * Reads the whole region on `asOf` and fits its model (or takes the kept fit), as the first
   * recommendation of that day would: the server's warm-up does it, so that request does not wait
   * seconds for them at 50,000 actors.
   */
  async prepareRegion(asOf: string | null): Promise<void> {
    await this.regionContext(asOf);
  }

  /** New collaborations for the gaps of an area on `asOf`, its lacks read from the one coverage function. */
  async suggestCollaborations(neighbourhoodId: string, asOf: string | null, limit: number, weights?: WeightOverrides | null): Promise<SuggestionView[]> {
    checkRange('suggestCollaborations', 'limit', limit, 1, recommendLimits.maxLimit);
    const resolved = resolveWeights(weights);
    await checkArea(this.store, 'suggestCollaborations', neighbourhoodId);
    // Scored on the region, as a partner recommendation is, so a pair has one likelihood and one
    // partition into groups in both; the other ends are looked for in the neighbourhood's care zone.
    const ctx = await this.regionContext(asOf);
    const zone = widestAreaOf(ctx.ag.subgraph, neighbourhoodId);
    // The gaps and coverage are the neighbourhood's own on that date, as the gaps and coverage queries report them.
    const local = await cachedAnalysisGraph(this.cache, this.store, { areaId: neighbourhoodId }, asOf);
    const gaps = findGaps(local, this.options);
    const area = coverageView(local.subgraph);
    const endedBefore = asOf ?? this.today();
    return suggestCollaborations(ctx, { areaId: neighbourhoodId, endsIn: zone ?? neighbourhoodId, coverage: area, gaps, weights: resolved, limit, endedBefore }).map((s) =>
      suggestionView(ctx, local, s, area),
    );
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

  /**
   * The whole region on a day with the fit every instance uses (see `withKeptFit`): seconds to
   * load and fit at 50,000 actors, so it is kept even though it is larger than the cache keeps
   * other values. Its graph is the one the analyses share (`cachedAnalysisGraph`), patched after
   * writes; the context takes over what those writes left as it was.
   */
  private regionContext(asOf: string | null): Promise<RecommendContext> {
    const key = `recommend-region|${this.cache.scopeKey({}, asOf)}`;
    const fitKey = `likelihood|${key}`;
    // The kept fit is read while the region is brought up to date, not after it.
    const keptRead = () => {
      const read = this.store.readModel(fitKey);
      read.catch(() => undefined);
      return read;
    };
    // The region is kept under the mark the context is, read once for both.
    const region = (mark: string | null) => cachedAnalysisGraph(this.cache, this.store, {}, asOf, mark);
    return this.cache.get(
      key,
      async (mark) => {
        const kept = keptRead();
        return withKeptFit(this.store, recommendContext(await region(mark), null, this.options.seed), fitKey, mark, asOf, null, kept);
      },
      {
        size: contextSize,
        maxSize: this.cache.budget / 2,
        update: async (stale, _staleMark, mark) => {
          const kept = keptRead();
          const { context, touched } = recommendContextAfter(stale, await region(mark));
          return withKeptFit(this.store, context, fitKey, mark, asOf, touched === null ? null : { context: stale, touched }, kept);
        },
      },
    );
  }
}

/** What a context adds to its graph (counted by the graph's own entry): arrays per node. */
function contextSize(ctx: RecommendContext): number {
  return ctx.ag.adjacency.ids.length;
}
