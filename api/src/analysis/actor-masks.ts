import { lifeDomainNames, targetGroupNames, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';
import type { AnalysisGraph } from './analysis-graph';

const bitsOf = <T extends string>(names: readonly T[]) => new Map(names.map((name, i) => [name, 1 << i]));
const domainBit = bitsOf(lifeDomainNames);
const targetGroupBit = bitsOf(targetGroupNames);

function maskOf<T extends string>(list: readonly T[], bit: ReadonlyMap<T, number>): number {
  let mask = 0;
  for (const item of list) mask |= bit.get(item) ?? 0;
  return mask;
}

/** Life domains as a bit set (bit i = lifeDomainNames[i]): cheap unions, tests and overlaps. */
export const domainMask = (domains: readonly LifeDomain[]): number => maskOf(domains, domainBit);

/** Target groups as a bit set (bit i = targetGroupNames[i]). */
export const targetGroupMask = (groups: readonly TargetGroup[]): number => maskOf(groups, targetGroupBit);

/** Each node's life domains as a bit set. */
export function domainMasks(ag: AnalysisGraph): Uint32Array {
  return Uint32Array.from(ag.adjacency.ids, (id) => domainMask(ag.actors.get(id)?.domains ?? []));
}

export function domainsIn(mask: number): LifeDomain[] {
  return lifeDomainNames.filter((_d, i) => (mask & (1 << i)) !== 0);
}

export function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/** Jaccard overlap of two bit sets: shared bits over bits in either (0 when either is empty). */
export function maskOverlap(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : bitCount(x & y) / bitCount(x | y);
}
