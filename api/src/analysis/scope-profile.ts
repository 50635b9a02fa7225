import { lifeDomainNames, type LifeDomain } from '@weefsel/graph-schema';
import { degreeAt } from './adjacency';
import { insideDensity, partnersOf, type AnalysisGraph } from './analysis-graph';
import { localClustering } from './clustering';
import { componentsOf } from './components';

/** The cheap figures of a scope that policymakers compare side by side (no centralities). */
export interface ScopeProfile {
  actorCount: number;
  tieCount: number;
  /** Ties among inside actors / possible pairs of inside actors. */
  density: number;
  componentCount: number;
  isolatedCount: number;
  /** Isolated inside actors / inside actors (0 when there are none). */
  isolatedShare: number;
  peripheralCount: number;
  peripheralShare: number;
  averageClustering: number;
  coveredDomains: LifeDomain[];
  missingDomains: LifeDomain[];
  /** Covered domains / all life domains. */
  domainCoverage: number;
  informalCount: number;
  /** Informal inside actors without any tie to a formal actor (isolated ones included). */
  informalWithoutFormalCount: number;
}

export function scopeProfile(ag: AnalysisGraph): ScopeProfile {
  const { adjacency, insideWeights, actors } = ag;
  const inside = adjacency.ids.map((_id, i) => i).filter((i) => insideWeights[i] === 1);
  const share = (k: number) => (inside.length === 0 ? 0 : k / inside.length);
  const degrees = inside.map((i) => degreeAt(adjacency, i));
  const actorAt = (i: number) => actors.get(adjacency.ids[i] as string);
  const informal = inside.filter((i) => actorAt(i)?.formal === false);
  const covered = new Set(inside.flatMap((i) => actorAt(i)?.domains ?? []));
  const isolatedCount = degrees.filter((d) => d === 0).length;
  const peripheralCount = degrees.filter((d) => d === 1).length;
  return {
    actorCount: inside.length,
    tieCount: ag.ties.length,
    density: insideDensity(ag),
    componentCount: componentsOf(adjacency).members.filter((m) => m.some((i) => insideWeights[i] === 1)).length,
    isolatedCount,
    isolatedShare: share(isolatedCount),
    peripheralCount,
    peripheralShare: share(peripheralCount),
    averageClustering: share(sumInside(ag, localClustering(adjacency))),
    coveredDomains: lifeDomainNames.filter((d) => covered.has(d)),
    missingDomains: lifeDomainNames.filter((d) => !covered.has(d)),
    domainCoverage: covered.size / lifeDomainNames.length,
    informalCount: informal.length,
    informalWithoutFormalCount: informal.filter((i) => !partnersOf(ag, i).some((j) => actorAt(j)?.formal)).length,
  };
}

function sumInside(ag: AnalysisGraph, values: Float64Array): number {
  return values.reduce((sum, v, i) => sum + (ag.insideWeights[i] === 1 ? v : 0), 0);
}
