import { levelRank, type CollaborationLevel, type Reciprocity } from '@weefsel/graph-schema';
import type { ReportedTie } from './reported-ties';
import { scoreAverages, type ScoreAverages } from './score-averages';

/**
 * How far apart two reported levels must be (in steps of the four-level scale) before the two
 * sides are said to contradict each other: one step (cooperative against coordinated) is the
 * ordinary difference in how two people see one tie; two or more (aware against coordinated,
 * cooperative against integrated) describe different relationships.
 */
export const contradictingLevelGap = 2;

/** One pair of actors and what each side said of the other in a round, with the averages of what both said. */
export interface PairReport extends ScoreAverages {
  /** The two actors, in id order. */
  a: string;
  b: string;
  reciprocity: Reciprocity;
  /** The highest level each side reported for the other (any kind); null when it did not name the other. */
  levelByA: CollaborationLevel | null;
  levelByB: CollaborationLevel | null;
  /** The reported ties of the pair (their keys: the relations they would become). */
  tieKeys: string[];
  reports: number;
}

function highest(ties: readonly ReportedTie[]): CollaborationLevel | null {
  return ties.reduce<CollaborationLevel | null>((top, t) => (top === null || levelRank(t.level) > levelRank(top) ? t.level : top), null);
}

/**
 * The reciprocity of a pair, given the highest level each side reported and whether each side
 * submitted an answer at all:
 * - BOTH_SIDES: each names the other, at levels less than `contradictingLevelGap` apart;
 * - CONTRADICTED: each names the other at levels that far apart, or one names the other and the
 *   other submitted an answer without naming it;
 * - ONE_SIDE: one names the other, and the other did not submit (not invited, or no answer yet).
 */
export function reciprocityOf(levelByA: CollaborationLevel | null, levelByB: CollaborationLevel | null, aAnswered: boolean, bAnswered: boolean): Reciprocity {
  if (levelByA && levelByB) return Math.abs(levelRank(levelByA) - levelRank(levelByB)) >= contradictingLevelGap ? 'CONTRADICTED' : 'BOTH_SIDES';
  const silentAnswered = levelByA ? bAnswered : aAnswered;
  return silentAnswered ? 'CONTRADICTED' : 'ONE_SIDE';
}

/** Every pair named in the round (ties to proposals still waiting are left out), sorted by a, then b. */
export function pairReports(ties: readonly ReportedTie[], respondents: ReadonlySet<string>): PairReport[] {
  const byPair = new Map<string, ReportedTie[]>();
  for (const tie of ties) {
    if (!tie.partnerActorId) continue;
    const [a, b] = [tie.reporterActorId, tie.partnerActorId].sort() as [string, string];
    const key = `${a}\u0000${b}`;
    const list = byPair.get(key) ?? [];
    list.push(tie);
    byPair.set(key, list);
  }
  return [...byPair.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([key, pairTies]) => {
      const [a, b] = key.split('\u0000') as [string, string];
      const levelByA = highest(pairTies.filter((t) => t.reporterActorId === a));
      const levelByB = highest(pairTies.filter((t) => t.reporterActorId === b));
      return {
        a,
        b,
        reciprocity: reciprocityOf(levelByA, levelByB, respondents.has(a), respondents.has(b)),
        levelByA,
        levelByB,
        tieKeys: [...new Set(pairTies.map((t) => t.key))].sort(),
        reports: pairTies.length,
        ...scoreAverages(pairTies),
      };
    });
}

/** How an actor's partners see it: the averages of the value and trust (and their items) others reported about it. */
export interface ActorScore extends ScoreAverages {
  actorId: string;
  /** Reports by others naming this actor. */
  namedBy: number;
}

export function actorScores(ties: readonly ReportedTie[]): ActorScore[] {
  const about = new Map<string, ReportedTie[]>();
  for (const tie of ties) {
    if (!tie.partnerActorId) continue;
    const list = about.get(tie.partnerActorId) ?? [];
    list.push(tie);
    about.set(tie.partnerActorId, list);
  }
  return [...about.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([actorId, named]) => ({
      actorId,
      namedBy: new Set(named.map((t) => t.reporterActorId)).size,
      ...scoreAverages(named),
    }));
}
