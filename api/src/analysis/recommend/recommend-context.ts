import { isAreaKind, type ScopedActor } from '@weefsel/graph-schema';
import { degreeAt } from '../adjacency';
import type { AnalysisGraph } from '../analysis-graph';
import { defaultAnalysisOptions } from '../analysis-options';
import { communitiesOf, type Communities } from '../communities';
import { componentsOf, type Components } from '../components';
import { actorFacts, type ActorFacts } from './actor-facts';
import { candidateSources, growingActors } from './candidates';
import { fitLikelihood, likelihoodScorer, type LikelihoodFit, type LikelihoodScorer } from '../likelihood/likelihood-model';

/**
 * Everything the scorers need about one analysis graph, computed once and reused for every pair
 * (the service caches it per scope and date). Communities are computed on first use. What an area
 * lacks is not in here: it comes from the area's own coverage (analysis/coverage), passed per request.
 */
export interface RecommendContext {
  ag: AnalysisGraph;
  /** Actor at node index i. */
  actorAt(i: number): ScopedActor;
  /** The actors' kinds, formality, domains and target groups by node index, for comparing thousands of pairs. */
  facts: ActorFacts;
  degree(i: number): number;
  components: Components;
  /**
   * Louvain on this graph with the analysis seed: the partition the network's metrics report for
   * the same scope and day, so a reason about groups says what the actor panel shows.
   */
  communities(): Communities;
  /** The seed of `communities` (the analysis seed), carried to the contexts made from this one. */
  communitySeed: number;
  /** The areas node i lies in (transitively), each with its depth (0 for a top area). */
  areasOf(i: number): ReadonlyMap<string, number>;
  /** The deepest area depth in the graph: the depth of a neighbourhood. */
  maxAreaDepth: number;
  /** Inside nodes lying in the area (built for all areas on first call). */
  membersOf(areaId: string): readonly number[];
  /** 1 when node i has at least one formal partner. */
  hasFormalPartner(i: number): boolean;
  /** The likelihood model fitted on this graph's own history, fitted on first use unless one was set. */
  likelihoodFit(): LikelihoodFit;
  /**
   * Scores with this fit from now on: the one kept in the store for every instance, learned on
   * this network a few writes ago (see the recommendation service).
   */
  setFit(fit: LikelihoodFit): void;
  /** Scores candidate ties with that model (one asking actor at a time is cheapest). */
  likelihood(): LikelihoodScorer;
  /** The actors drawing the most new ties now (`growingActors`), computed on first use. */
  growing(): readonly number[];
}

/** Seed of the training's sampling, so the same network always gets the same model. */
export const likelihoodSeed = 42;

/** What depends only on the placements and the actors (by index): kept while writes change neither. */
interface Areas {
  areasOf(i: number): ReadonlyMap<string, number>;
  maxAreaDepth: number;
  membersOf(areaId: string): readonly number[];
}

/** What depends only on the ties: kept while writes change none. */
interface Network {
  components: Components;
  communities(): Communities;
  growing(ctx: RecommendContext): readonly number[];
}

const parts = new WeakMap<RecommendContext, { areas: Areas; network: Network; actors: readonly ScopedActor[]; facts: ActorFacts }>();

/** The areas of `ag`'s actors. Kept across writes that change ties only, so it holds on to what it reads, not to `ag`. */
function areasOfGraph(ag: AnalysisGraph): Areas {
  const { ids } = ag.adjacency;
  const { insideWeights } = ag;
  const placement = ag.placement();
  const depthOf = areaDepths(ag, placement);
  const areaCache = new Map<number, Map<string, number>>();
  let members: Map<string, number[]> | null = null;
  const areasOf = (i: number) => {
    let areas = areaCache.get(i);
    if (!areas) {
      areas = new Map((placement.get(ids[i] as string) ?? []).map((a) => [a, depthOf.get(a) ?? 0]));
      areaCache.set(i, areas);
    }
    return areas;
  };
  return {
    areasOf,
    maxAreaDepth: Math.max(0, ...depthOf.values()),
    membersOf: (areaId) => (members ??= membersByArea(insideWeights, areasOf)).get(areaId) ?? [],
  };
}

/** The network's parts of `ag`. Kept across writes that touch records only, so it holds on to what it reads, not to `ag`. */
function networkOf(ag: AnalysisGraph, communitySeed: number): Network {
  const { weighted } = ag;
  let communities: Communities | null = null;
  let growing: number[] | null = null;
  return {
    components: componentsOf(ag.adjacency),
    communities: () => (communities ??= communitiesOf(weighted, communitySeed)),
    growing: (ctx) => (growing ??= growingActors(ctx, candidateSources.growing)),
  };
}

/**
 * What a new context may take from the context of the same region before some writes (see
 * `recommendContextAfter`): its areas when the writes kept every actor (and its kind) and every
 * placement, and its network too when they also changed no tie.
 */
export interface Reuse {
  from: RecommendContext;
  network: boolean;
}

/**
 * The context of an analysis graph; `reuse`: what to take over from the context before some writes
 * (and its community seed); `communitySeed`: the analysis seed the network's metrics use.
 */
export function recommendContext(ag: AnalysisGraph, reuse: Reuse | null = null, communitySeed = reuse?.from.communitySeed ?? defaultAnalysisOptions.seed): RecommendContext {
  const { ids, offsets, neighbours } = ag.adjacency;
  const before = reuse ? parts.get(reuse.from) : undefined;
  // The same nodes and the same actor records (a changed tie): the same list, not 50,000 lookups again.
  const sameActors = reuse && before && reuse.from.ag.actors === ag.actors && reuse.from.ag.adjacency.ids === ids;
  const actors = sameActors ? before.actors : ids.map((id) => ag.actors.get(id) as ScopedActor);
  // An edited record: the facts of the records that did not change are kept (records are never changed in place).
  const facts = sameActors ? before.facts : actorFacts(actors, before);
  const areas = before?.areas ?? areasOfGraph(ag);
  const network = reuse?.network && before ? before.network : networkOf(ag, communitySeed);
  let fit: LikelihoodFit | null = null;
  let scorer: LikelihoodScorer | null = null;
  const context: RecommendContext = {
    ag,
    actorAt: (i) => actors[i] as ScopedActor,
    facts,
    degree: (i) => degreeAt(ag.adjacency, i),
    components: network.components,
    communities: network.communities,
    communitySeed,
    areasOf: areas.areasOf,
    maxAreaDepth: areas.maxAreaDepth,
    membersOf: areas.membersOf,
    hasFormalPartner: (i) => {
      for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) if (facts.formal[neighbours[s] as number] === 1) return true;
      return false;
    },
    likelihoodFit: () => (fit ??= fitLikelihood(context, likelihoodSeed)),
    setFit: (kept) => {
      fit = kept;
      scorer = null;
    },
    likelihood: () => (scorer ??= likelihoodScorer(context, context.likelihoodFit())),
    growing: () => network.growing(context),
  };
  parts.set(context, { areas, network, actors, facts });
  return context;
}

/** An area's depth: how many areas it lies in (care zone 0, municipality 1, neighbourhood 2). */
function areaDepths(ag: AnalysisGraph, placement: Map<string, string[]>): Map<string, number> {
  const depths = new Map<string, number>();
  for (const node of ag.subgraph.nodes) {
    if (isAreaKind(node.kind)) depths.set(node.id, (placement.get(node.id) ?? []).length);
  }
  return depths;
}

function membersByArea(insideWeights: AnalysisGraph['insideWeights'], areasOf: (i: number) => ReadonlyMap<string, number>): Map<string, number[]> {
  const members = new Map<string, number[]>();
  for (let i = 0; i < insideWeights.length; i++) {
    if (insideWeights[i] !== 1) continue;
    for (const area of areasOf(i).keys()) {
      const list = members.get(area);
      if (list) list.push(i);
      else members.set(area, [i]);
    }
  }
  return members;
}
