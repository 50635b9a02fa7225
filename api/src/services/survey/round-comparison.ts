import type { LifeDomain } from '@weefsel/graph-schema';
import type { SurveyRound } from '../../store/survey-store';
import { average } from './score-averages';
import type { RoundData } from './survey-results';
import { roundReports } from './survey-results';

/** What one round's reported network looks like, among the actors it invited. */
export interface RoundSummary {
  roundId: string;
  invited: number;
  answered: number;
  /** Pairs of actors named by at least one side (ties to proposals still waiting left out). */
  pairs: number;
  /** Pairs among the invited actors / the possible pairs among them (0 with fewer than two invited). */
  density: number;
  /** Invited actors that no one named and that named no one. */
  isolatedActorIds: string[];
  /** Pairs whose two actors both have life domains and share none: ties that link domains. */
  crossDomainPairs: number;
  averageValue: number | null;
  averageTrust: number | null;
}

export interface RoundComparison {
  earlier: RoundSummary;
  later: RoundSummary;
  /** Pairs as `a|b` (ids in order): named in the later round only, in both, in the earlier only. */
  newPairs: string[];
  keptPairs: string[];
  lostPairs: string[];
}

/** Two rounds are comparable when they survey the same area or the same project. */
export function sameNetwork(a: SurveyRound, b: SurveyRound): boolean {
  return a.areaId === b.areaId && a.projectId === b.projectId;
}

/** The life domains of an actor; undefined for one the graph no longer holds. */
export type DomainsOf = (actorId: string) => readonly LifeDomain[] | undefined;

function crossesDomains(a: readonly LifeDomain[] | undefined, b: readonly LifeDomain[] | undefined): boolean {
  return !!a?.length && !!b?.length && !a.some((d) => b.includes(d));
}

function pairsOf(data: RoundData): Set<string> {
  return new Set(roundReports(data).pairs.map((p) => `${p.a}|${p.b}`));
}

export function summarise(data: RoundData, domainsOf: DomainsOf): RoundSummary {
  const { ties, pairs, respondents } = roundReports(data);
  const invited = [...new Set(data.invitations.map((i) => i.actorId))];
  const named = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const possible = (invited.length * (invited.length - 1)) / 2;
  const isInvited = new Set(invited);
  const inside = pairs.filter((p) => isInvited.has(p.a) && isInvited.has(p.b)).length;
  return {
    roundId: data.round.id,
    invited: invited.length,
    answered: respondents.size,
    pairs: pairs.length,
    density: possible === 0 ? 0 : Math.round((inside / possible) * 1000) / 1000,
    isolatedActorIds: invited.filter((id) => !named.has(id)).sort(),
    crossDomainPairs: pairs.filter((p) => crossesDomains(domainsOf(p.a), domainsOf(p.b))).length,
    averageValue: average(ties.map((t) => t.value)),
    averageTrust: average(ties.map((t) => t.trust)),
  };
}

/** New, kept and lost pairs and each round's summary, earlier round first. */
export function compareRounds(earlier: RoundData, later: RoundData, domainsOf: DomainsOf): RoundComparison {
  const before = pairsOf(earlier);
  const after = pairsOf(later);
  const sorted = (set: Iterable<string>) => [...set].sort();
  return {
    earlier: summarise(earlier, domainsOf),
    later: summarise(later, domainsOf),
    newPairs: sorted([...after].filter((p) => !before.has(p))),
    keptPairs: sorted([...after].filter((p) => before.has(p))),
    lostPairs: sorted([...before].filter((p) => !after.has(p))),
  };
}
