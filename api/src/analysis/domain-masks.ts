import { lifeDomainNames, type LifeDomain } from '@weefsel/graph-schema';
import type { AnalysisGraph } from './analysis-graph';

const bitOf = new Map(lifeDomainNames.map((d, i) => [d, 1 << i]));

/** Each node's life domains as a bit set (bit i = lifeDomainNames[i]): cheap unions and tests. */
export function domainMasks(ag: AnalysisGraph): Uint32Array {
  return Uint32Array.from(ag.adjacency.ids, (id) => (ag.actors.get(id)?.domains ?? []).reduce((m, d) => m | (bitOf.get(d) ?? 0), 0));
}

export function domainsIn(mask: number): LifeDomain[] {
  return lifeDomainNames.filter((_d, i) => (mask & (1 << i)) !== 0);
}

export function domainCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
