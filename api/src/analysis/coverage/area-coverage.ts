import { lifeDomainNames, targetGroupNames, tieKinds, type Actor, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';

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
  /**
   * The area's actors whose domains and target groups can be recorded (kinds that can hold a tie:
   * not the neighbourhood itself), and how many of them have none recorded. A lack claimed where
   * nothing is recorded would be a claim about the data, not the area: the gaps and the coverage
   * view say which it is.
   */
  records: { actors: number; withoutDomains: number; withoutTargetGroups: number };
}

export interface CoverageArea {
  id: string;
  name: string;
}

type Covering = Pick<Actor, 'kind' | 'domains' | 'targetGroups'>;

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
  const records = recordsOf(members);
  // Where no actor has any recorded, nothing is known to lack: no view may claim it.
  const uncovered = <V extends string>(counts: CoverageCount<V>[], without: number) =>
    noneRecorded(records.actors, without) ? [] : counts.filter((c) => c.actorCount === 0).map((c) => c.value);
  return {
    areaId: area?.id ?? null,
    areaName: area?.name ?? null,
    asOf,
    actorCount: members.length,
    domains,
    targetGroups,
    missingDomains: uncovered(domains, records.withoutDomains),
    missingTargetGroups: uncovered(targetGroups, records.withoutTargetGroups),
    records,
  };
}

function recordsOf(members: readonly Covering[]): AreaCoverage['records'] {
  const records = { actors: 0, withoutDomains: 0, withoutTargetGroups: 0 };
  for (const member of members) {
    if (!tieKinds.has(member.kind)) continue;
    records.actors += 1;
    if (member.domains.length === 0) records.withoutDomains += 1;
    if (member.targetGroups.length === 0) records.withoutTargetGroups += 1;
  }
  return records;
}

const noneRecorded = (actors: number, without: number) => actors > 0 && without === actors;

/** Whether none of the area's actors has a life domain (or a target group) recorded: then nothing can be said to lack. */
export function nothingRecorded(coverage: AreaCoverage, what: 'domains' | 'targetGroups'): boolean {
  const { actors, withoutDomains, withoutTargetGroups } = coverage.records;
  return noneRecorded(actors, what === 'domains' ? withoutDomains : withoutTargetGroups);
}

/** What a candidate would bring that the area lacks: its domains and target groups nobody there covers. */
export function lacksFilledBy(coverage: AreaCoverage, candidate: Covering): { domains: LifeDomain[]; targetGroups: TargetGroup[] } {
  return {
    domains: candidate.domains.filter((d) => coverage.missingDomains.includes(d)),
    targetGroups: candidate.targetGroups.filter((g) => coverage.missingTargetGroups.includes(g)),
  };
}
