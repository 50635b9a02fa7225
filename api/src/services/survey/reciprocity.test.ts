import { describe, expect, it } from 'vitest';
import { actorScores, pairReports, reciprocityOf } from './reciprocity';
import { average } from './score-averages';
import type { ReportedTie } from './reported-ties';

function tie(reporter: string, partner: string, level: ReportedTie['level'], value: number | null = null, trust: number | null = null): ReportedTie {
  return {
    key: [reporter, partner].sort().join('--PARTNERS_WITH--'),
    roundId: 'r',
    invitationId: `inv-${reporter}`,
    reporterActorId: reporter,
    partnerActorId: partner,
    proposalId: null,
    relationKind: 'PARTNERS_WITH',
    direction: 'FROM_RESPONDENT',
    sourceActorId: reporter,
    targetActorId: partner,
    level,
    frequency: null,
    value,
    trust,
    valueItems: {},
    trustItems: {},
    since: null,
    note: null,
  };
}

describe('reciprocity', () => {
  it('follows the documented rule for each combination', () => {
    expect(reciprocityOf('COOPERATIVE', 'COORDINATED', true, true)).toBe('BOTH_SIDES');
    expect(reciprocityOf('AWARENESS', 'COORDINATED', true, true)).toBe('CONTRADICTED');
    expect(reciprocityOf('INTEGRATED', 'COOPERATIVE', true, true)).toBe('CONTRADICTED');
    expect(reciprocityOf('COOPERATIVE', null, true, false)).toBe('ONE_SIDE');
    expect(reciprocityOf('COOPERATIVE', null, true, true)).toBe('CONTRADICTED');
    expect(reciprocityOf(null, 'INTEGRATED', false, true)).toBe('ONE_SIDE');
    expect(reciprocityOf(null, 'INTEGRATED', true, true)).toBe('CONTRADICTED');
  });

  it('classifies every pair of a small round, with averages over both sides', () => {
    // a and b name each other one level apart; c names a, who answered without naming c;
    // e names f, who did not answer.
    const ties = [tie('a', 'b', 'COORDINATED', 4, 3), tie('b', 'a', 'COOPERATIVE', 2, 4), tie('c', 'a', 'COOPERATIVE', 3, 3), tie('e', 'f', 'INTEGRATED', 1, null)];
    const pairs = pairReports(ties, new Set(['a', 'b', 'c', 'e']));
    expect(pairs.map((p) => [p.a, p.b, p.reciprocity, p.levelByA, p.levelByB, p.averageValue, p.averageTrust])).toEqual([
      ['a', 'b', 'BOTH_SIDES', 'COORDINATED', 'COOPERATIVE', 3, 3.5],
      ['a', 'c', 'CONTRADICTED', null, 'COOPERATIVE', 3, 3],
      ['e', 'f', 'ONE_SIDE', 'INTEGRATED', null, 1, null],
    ]);
  });

  it('pairs two reports of one directed tie whichever way each side put it', () => {
    // a says "a refers to b"; b says "a refers to us": one tie, reported by both sides.
    const forward: ReportedTie = { ...tie('a', 'b', 'COOPERATIVE'), relationKind: 'REFERS_TO', key: 'a--REFERS_TO--b' };
    const reversed: ReportedTie = { ...tie('b', 'a', 'COORDINATED'), relationKind: 'REFERS_TO', key: 'a--REFERS_TO--b', direction: 'TO_RESPONDENT', sourceActorId: 'a', targetActorId: 'b' };
    const [pair] = pairReports([forward, reversed], new Set(['a', 'b']));
    expect(pair).toMatchObject({ a: 'a', b: 'b', reciprocity: 'BOTH_SIDES', levelByA: 'COOPERATIVE', levelByB: 'COORDINATED', tieKeys: ['a--REFERS_TO--b'] });
  });

  it('scores an actor by what others report about it', () => {
    const scores = actorScores([tie('b', 'a', 'COOPERATIVE', 2, 4), tie('c', 'a', 'COOPERATIVE', 3, 3), tie('a', 'b', 'COORDINATED', 4, null)]);
    expect(scores).toMatchObject([
      { actorId: 'a', namedBy: 2, averageValue: 2.5, averageTrust: 3.5 },
      { actorId: 'b', namedBy: 1, averageValue: 4, averageTrust: null },
    ]);
    expect(average([1, 2, 2, null])).toBe(1.67);
    expect(average([null])).toBeNull();
  });
});
