import { isAreaKind, type ScopedActor } from '@weefsel/graph-schema';
import { degreeAt } from '../adjacency';
import type { AnalysisGraph } from '../analysis-graph';
import { communitiesOf, type Communities } from '../communities';
import { componentsOf, type Components } from '../components';
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
  degree(i: number): number;
  components: Components;
  communities(): Communities;
  /** The areas node i lies in (transitively), each with its depth (0 for a top area). */
  areasOf(i: number): ReadonlyMap<string, number>;
  /** The deepest area depth in the graph: the depth of a neighbourhood. */
  maxAreaDepth: number;
  /** Inside nodes lying in the area (built for all areas on first call). */
  membersOf(areaId: string): readonly number[];
  /** 1 when node i has at least one formal partner. */
  hasFormalPartner(i: number): boolean;
  /** The likelihood model fitted on this graph's own history (or kept, see `EarlierFit`), fitted on first use. */
  likelihoodFit(): LikelihoodFit;
  /** The fit for a context of this graph after writes that touched `touched` records; null before the first fit. */
  fitAfter(touched: number): EarlierFit | null;
  /** Scores candidate ties with that model (one asking actor at a time is cheapest). */
  likelihood(): LikelihoodScorer;
  /** The actors drawing the most new ties now (`growingActors`), computed on first use. */
  growing(): readonly number[];
}

/** Seed of the Louvain run behind the bridging score, so the same network gives the same advice. */
export const recommendCommunitySeed = 42;

/**
 * A fit learned on an earlier version of the network and the records writes have touched since.
 * On a large network (fitting takes a second or more) it is kept until the writes since it touched
 * more than one record in a hundred ties: the model learns how ties form from the whole history,
 * which a few new records hardly move, while every feature it scores is read from the current
 * network. A small network is always fitted afresh: that takes milliseconds.
 */
export interface EarlierFit {
  fit: LikelihoodFit;
  touchedSince: number;
}

/** Ties from which a network counts as large (see `EarlierFit`). */
export const keepFitFromTies = 10_000;
const refitShare = 0.01;

function keeps(ag: AnalysisGraph, earlier: EarlierFit | null): earlier is EarlierFit {
  return earlier !== null && ag.ties.length >= keepFitFromTies && earlier.touchedSince <= ag.ties.length * refitShare;
}

/** What depends only on the collaboration network and the placements: kept while writes change neither. */
interface Structure {
  components: Components;
  communities(): Communities;
  areasOf(i: number): ReadonlyMap<string, number>;
  maxAreaDepth: number;
  membersOf(areaId: string): readonly number[];
  growing(ctx: RecommendContext): readonly number[];
}

const structures = new WeakMap<RecommendContext, Structure>();

function structureOf(ag: AnalysisGraph): Structure {
  const { ids } = ag.adjacency;
  const placement = ag.placement();
  const depthOf = areaDepths(ag, placement);
  const areaCache = new Map<number, Map<string, number>>();
  let communities: Communities | null = null;
  let members: Map<string, number[]> | null = null;
  let growing: number[] | null = null;
  const areasOf = (i: number) => {
    let areas = areaCache.get(i);
    if (!areas) {
      areas = new Map((placement.get(ids[i] as string) ?? []).map((a) => [a, depthOf.get(a) ?? 0]));
      areaCache.set(i, areas);
    }
    return areas;
  };
  return {
    components: componentsOf(ag.adjacency),
    communities: () => (communities ??= communitiesOf(ag.weighted, recommendCommunitySeed)),
    areasOf,
    maxAreaDepth: Math.max(0, ...depthOf.values()),
    membersOf: (areaId) => (members ??= membersByArea(ag, areasOf)).get(areaId) ?? [],
    growing: (ctx) => (growing ??= growingActors(ctx, candidateSources.growing)),
  };
}

/**
 * The context of an analysis graph. `earlier` is a fit to keep (see `EarlierFit`); `sameStructure`
 * a context of the same network before writes that changed neither its ties nor its placements
 * (see `recommendContextAfter`), whose structure is then reused.
 */
export function recommendContext(ag: AnalysisGraph, earlier: EarlierFit | null = null, sameStructure: RecommendContext | null = null): RecommendContext {
  const { ids, offsets, neighbours } = ag.adjacency;
  const actors = ids.map((id) => ag.actors.get(id) as ScopedActor);
  const structure = (sameStructure && structures.get(sameStructure)) || structureOf(ag);
  let fit: LikelihoodFit | null = null;
  let scorer: LikelihoodScorer | null = null;
  const context: RecommendContext = {
    ag,
    actorAt: (i) => actors[i] as ScopedActor,
    degree: (i) => degreeAt(ag.adjacency, i),
    components: structure.components,
    communities: structure.communities,
    areasOf: structure.areasOf,
    maxAreaDepth: structure.maxAreaDepth,
    membersOf: structure.membersOf,
    hasFormalPartner: (i) => {
      for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) if (actors[neighbours[s] as number]?.formal) return true;
      return false;
    },
    likelihoodFit: () => (fit ??= keeps(ag, earlier) ? earlier.fit : fitLikelihood(context, recommendCommunitySeed)),
    fitAfter: (touched) => {
      if (fit === null) return null;
      return { fit, touchedSince: (keeps(ag, earlier) ? earlier.touchedSince : 0) + touched };
    },
    likelihood: () => (scorer ??= likelihoodScorer(context, context.likelihoodFit())),
    growing: () => structure.growing(context),
  };
  structures.set(context, structure);
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

function membersByArea(ag: AnalysisGraph, areasOf: (i: number) => ReadonlyMap<string, number>): Map<string, number[]> {
  const members = new Map<string, number[]>();
  for (let i = 0; i < ag.adjacency.ids.length; i++) {
    if (ag.insideWeights[i] !== 1) continue;
    for (const area of areasOf(i).keys()) {
      const list = members.get(area);
      if (list) list.push(i);
      else members.set(area, [i]);
    }
  }
  return members;
}
