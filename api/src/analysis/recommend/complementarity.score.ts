import type { LifeDomain, ScopedActor, TargetGroup } from '@weefsel/graph-schema';
import { lacksFilledBy, type AreaCoverage } from '../coverage/area-coverage';

/** What the candidate brings that the actor, or the area, lacks. */
export interface ComplementarityScore {
  /** The candidate's domains the actor does not work on. */
  newDomains: LifeDomain[];
  newTargetGroups: TargetGroup[];
  /** The area (and date) the two lists below speak of; null: no area asked about, nothing claimed. */
  area: AreaCoverage | null;
  /** The candidate's domains no actor in the area works on (empty without an area). */
  areaMissingDomains: LifeDomain[];
  areaMissingTargetGroups: TargetGroup[];
  /** Half for the actor (saturating at two new items), half for the area (saturating at one). */
  score: number;
}

export function complementarityScore(actor: ScopedActor, candidate: ScopedActor, area: AreaCoverage | null): ComplementarityScore {
  const newDomains = candidate.domains.filter((d) => !actor.domains.includes(d));
  const newTargetGroups = candidate.targetGroups.filter((g) => !actor.targetGroups.includes(g));
  const lacks = area ? lacksFilledBy(area, candidate) : { domains: [], targetGroups: [] };
  return {
    newDomains,
    newTargetGroups,
    area,
    areaMissingDomains: lacks.domains,
    areaMissingTargetGroups: lacks.targetGroups,
    score: complementarityValue(newDomains.length, newTargetGroups.length, lacks.domains.length, lacks.targetGroups.length),
  };
}

/** The score from how many domains and target groups the candidate brings to the actor and to the area. */
export function complementarityValue(newDomains: number, newTargetGroups: number, areaDomains: number, areaTargetGroups: number): number {
  // A missing domain weighs twice a missing target group: domains are what the gaps call absent.
  const forActor = Math.min(1, (newDomains + newTargetGroups / 2) / 2);
  const forArea = Math.min(1, areaDomains + areaTargetGroups / 2);
  return (forActor + forArea) / 2;
}
