import { degreeAt } from './adjacency';
import { insideDensity, type AnalysisGraph } from './analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from './analysis-options';
import { centralities, type Centralities } from './centrality';
import { localClustering } from './clustering';
import { communitiesOf, type Communities } from './communities';
import { componentsOf, type Components } from './components';
import { cutStructure, type CutStructure } from './cut-structure';

export interface ActorMetrics {
  actorId: string;
  boundary: boolean;
  /** Distinct partners. */
  degree: number;
  /** Sum of tie weights (a relation without weight counts 1). */
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  clustering: number;
  /** Louvain community, 0 for the largest. */
  community: number;
  /** Connected component, 0 for the largest. */
  component: number;
  articulationPoint: boolean;
}

export interface ScopeMetrics {
  /** Inside actors (boundary partners not counted). */
  actorCount: number;
  boundaryCount: number;
  /** Actor pairs with at least one collaboration relation (boundary partners included). */
  tieCount: number;
  /** Collaboration relations behind those ties. */
  relationCount: number;
  /** Ties among inside actors / possible pairs of inside actors. */
  density: number;
  /** Connected components holding at least one inside actor. */
  componentCount: number;
  largestComponentSize: number;
  isolatedCount: number;
  /** Mean local clustering of the inside actors (zeros included, as NetworkX average_clustering). */
  averageClustering: number;
  /** Mean shortest path length when the analysis graph is connected, else null. */
  averagePathLength: number | null;
  largestComponentAveragePathLength: number | null;
  modularity: number;
  communityCount: number;
  articulationPointCount: number;
  bridgeCount: number;
  /** Betweenness, closeness and path lengths are sampled estimates. */
  approximate: boolean;
  /** Sources sampled per large component when approximate, else null. */
  sampleSize: number | null;
}

export interface NetworkMetrics {
  scope: ScopeMetrics;
  actors: ActorMetrics[];
}

export function networkMetrics(ag: AnalysisGraph, options: AnalysisOptions = defaultAnalysisOptions): NetworkMetrics {
  const { adjacency, insideWeights } = ag;
  const components = componentsOf(adjacency);
  const parts: Computed = {
    components,
    clustering: localClustering(adjacency),
    communities: communitiesOf(ag.weighted, options.seed),
    cuts: cutStructure(adjacency, insideWeights),
    central: centralities(ag, components.members, options),
  };
  const actors = actorMetricsOf(ag, parts);
  return { scope: scopeMetricsOf(ag, parts, actors, options), actors };
}

interface Computed {
  components: Components;
  clustering: Float64Array;
  communities: Communities;
  cuts: CutStructure;
  central: Centralities;
}

function actorMetricsOf(ag: AnalysisGraph, parts: Computed): ActorMetrics[] {
  const { adjacency, insideWeights } = ag;
  const weighted = weightedDegrees(ag);
  const isCut = new Set(parts.cuts.articulationPoints.map((c) => c.node));
  return adjacency.ids.map((actorId, i) => ({
    actorId,
    boundary: insideWeights[i] === 0,
    degree: degreeAt(adjacency, i),
    weightedDegree: weighted[i] as number,
    betweenness: parts.central.betweenness[i] as number,
    closeness: parts.central.closeness[i] as number,
    pagerank: parts.central.pagerank[i] as number,
    clustering: parts.clustering[i] as number,
    community: parts.communities.communityOf[i] as number,
    component: parts.components.componentOf[i] as number,
    articulationPoint: isCut.has(i),
  }));
}

function scopeMetricsOf(ag: AnalysisGraph, parts: Computed, actors: ActorMetrics[], options: AnalysisOptions): ScopeMetrics {
  const { components, central, communities, cuts } = parts;
  const inside = actors.filter((a) => !a.boundary);
  return {
    actorCount: inside.length,
    boundaryCount: actors.length - inside.length,
    tieCount: ag.ties.length,
    relationCount: ag.ties.reduce((sum, t) => sum + t.relations.length, 0),
    density: insideDensity(ag),
    componentCount: components.members.filter((m) => m.some((i) => ag.insideWeights[i] === 1)).length,
    largestComponentSize: components.members[0]?.length ?? 0,
    isolatedCount: inside.filter((a) => a.degree === 0).length,
    averageClustering: inside.length === 0 ? 0 : inside.reduce((s, a) => s + a.clustering, 0) / inside.length,
    averagePathLength: components.members.length === 1 ? (central.componentPathLength[0] ?? null) : null,
    largestComponentAveragePathLength: central.componentPathLength[0] ?? null,
    modularity: communities.modularity,
    communityCount: communities.count,
    articulationPointCount: cuts.articulationPoints.length,
    bridgeCount: cuts.bridges.length,
    approximate: central.approximate,
    sampleSize: central.approximate ? options.samples : null,
  };
}

function weightedDegrees(ag: AnalysisGraph): Float64Array {
  const out = new Float64Array(ag.adjacency.ids.length);
  for (const t of ag.ties) {
    out[t.source] = (out[t.source] as number) + t.weight;
    out[t.target] = (out[t.target] as number) + t.weight;
  }
  return out;
}
