import { lifeDomainNames, targetGroupNames, type Actor, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';

/** How many of an area's actors work in one life domain or for one target group. */
export interface CoverageCount<V extends string> {
  value: V;
  actorCount: number;
}

/**
 * What an area's own actors cover on one date, and what they lack. This is the one answer to "what
 * does this neighbourhood lack": the coverage view, the DOMAIN_ABSENT and TARGET_GROUP_UNSERVED gaps
 * and every recommendation or suggestion that claims a lack are built from it, so they cannot differ.
 */
export interface AreaCoverage {
  /** The area; null for the whole network. */
  areaId: string | null;
  areaName: string | null;
  /** The date the facts hold on; null: every relation ever recorded. */
  asOf: string | null;
  /** The area's actors counted: the area itself and everything placed in it, no outside partners. */
  actorCount: number;
  /** Every life domain and target group in graph-schema order, with its number of actors. */
  domains: CoverageCount<LifeDomain>[];
  targetGroups: CoverageCount<TargetGroup>[];
  missingDomains: LifeDomain[];
  missingTargetGroups: TargetGroup[];
}

export interface CoverageArea {
  id: string;
  name: string;
}

type Covering = Pick<Actor, 'domains' | 'targetGroups'>;

function countBy<V extends string>(all: readonly V[], lists: readonly (readonly V[])[]): CoverageCount<V>[] {
  const counts = new Map<V, number>(all.map((v) => [v, 0]));
  // An actor listing a domain twice is still one actor.
  for (const list of lists) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return all.map((value) => ({ value, actorCount: counts.get(value) ?? 0 }));
}

/** Coverage of an area by the given members (see `scopeMembers` and `membersIn` for who they are). */
export function coverageOf(area: CoverageArea | null, asOf: string | null, members: readonly Covering[]): AreaCoverage {
  const domains = countBy(lifeDomainNames, members.map((m) => m.domains));
  const targetGroups = countBy(targetGroupNames, members.map((m) => m.targetGroups));
  return {
    areaId: area?.id ?? null,
    areaName: area?.name ?? null,
    asOf,
    actorCount: members.length,
    domains,
    targetGroups,
    missingDomains: domains.filter((c) => c.actorCount === 0).map((c) => c.value),
    missingTargetGroups: targetGroups.filter((c) => c.actorCount === 0).map((c) => c.value),
  };
}

/** What a candidate would bring that the area lacks: its domains and target groups nobody there covers. */
export function lacksFilledBy(coverage: AreaCoverage, candidate: Covering): { domains: LifeDomain[]; targetGroups: TargetGroup[] } {
  return {
    domains: candidate.domains.filter((d) => coverage.missingDomains.includes(d)),
    targetGroups: candidate.targetGroups.filter((g) => coverage.missingTargetGroups.includes(g)),
  };
}
