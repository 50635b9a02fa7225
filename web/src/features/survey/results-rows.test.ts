import { describe, expect, it } from 'vitest';
import { itemAverageLines, pairRows, reciprocityCounts, reminders, unnamedActorIds } from './results-rows';
import type { SurveyResults } from './rounds.api';

const respondent = (actorId: string, actorName: string, extra: Partial<SurveyResults['respondents'][number]> = {}) => ({
  invitationId: `inv-${actorId}`, actorId, actorName, actorKind: 'Organisation' as const, submittedAt: null, draftSavedAt: null, lastSeenAt: null, revoked: false, ...extra,
});
const tie = (key: string, reporterActorId: string, partnerActorId: string, acceptedRelationId: string | null = null) => ({
  key, invitationId: `inv-${reporterActorId}`, reporterActorId, partnerActorId, proposalId: null, relationKind: 'PARTNERS_WITH' as const, direction: 'FROM_RESPONDENT' as const, sourceActorId: reporterActorId, targetActorId: partnerActorId,
  level: 'COOPERATIVE' as const, frequency: null, value: null, trust: null, since: null, acceptedRelationId,
});
const noItems = {
  averageValueItems: { INFLUENCE: null, INVOLVEMENT: null, RESOURCES: null },
  averageTrustItems: { RELIABLE: null, MISSION: null, OPEN: null },
};
const pair = (a: string, b: string, reciprocity: 'BOTH_SIDES' | 'ONE_SIDE' | 'CONTRADICTED', tieKeys: string[]) => ({
  a, b, reciprocity, tieKeys, levelByA: null, levelByB: null, reports: tieKeys.length, averageValue: null, averageTrust: null, ...noItems,
});

const results = {
  round: { id: 'r', title: 'R', intro: null, areaId: 'z', projectId: null, opensOn: '2026-01-01', closesOn: '2026-12-31', status: 'OPEN' as const, createdAt: '' },
  invited: 3, answered: 2, responseRate: 2 / 3,
  respondents: [respondent('a', 'Anker'), respondent('b', 'Baken', { submittedAt: '2026-02-01T10:00:00Z' }), respondent('c', 'Centrum', { revoked: true })],
  ties: [tie('t1', 'a', 'b', 'rel-1'), tie('t2', 'b', 'a'), tie('t3', 'b', 'x'), tie('t4', 'a', 'c')],
  pairs: [pair('a', 'b', 'BOTH_SIDES', ['t1', 't2']), pair('b', 'x', 'ONE_SIDE', ['t3']), pair('a', 'c', 'CONTRADICTED', ['t4'])],
  actorScores: [{ actorId: 'y', averageValue: 3, averageTrust: null, namedBy: 1, ...noItems }],
  proposals: [],
} satisfies SurveyResults;

describe('survey results for review', () => {
  const names: Record<string, string> = { a: 'Anker', b: 'Baken', c: 'Centrum', x: 'Xenos' };
  const nameOf = (id: string) => names[id] ?? id;

  it('puts contradicted pairs first and both sides last, with their ties', () => {
    const rows = pairRows(results, nameOf);
    expect(rows.map((row) => row.pair.reciprocity)).toEqual(['CONTRADICTED', 'ONE_SIDE', 'BOTH_SIDES']);
    expect(rows[2]?.ties.map((t) => t.key)).toEqual(['t1', 't2']);
    expect(rows[1]).toMatchObject({ aName: 'Baken', bName: 'Xenos' });
  });

  it('counts a pair as accepted only when every one of its ties is', () => {
    expect(pairRows(results, nameOf).map((row) => row.accepted)).toEqual([false, false, false]);
    const all = { ...results, ties: results.ties.map((t) => ({ ...t, acceptedRelationId: 'rel' })) };
    expect(pairRows(all, nameOf).every((row) => row.accepted)).toBe(true);
  });

  it('counts pairs per reciprocity and lists who to remind (not the answered, not the withdrawn)', () => {
    expect(reciprocityCounts(results.pairs)).toEqual([
      { reciprocity: 'BOTH_SIDES', count: 1 },
      { reciprocity: 'ONE_SIDE', count: 1 },
      { reciprocity: 'CONTRADICTED', count: 1 },
    ]);
    expect(reminders(results.respondents).map((r) => r.actorName)).toEqual(['Anker']);
  });

  it('asks for the names of partners outside the invited actors only', () => {
    expect(unnamedActorIds(results)).toEqual(['x', 'y']);
  });

  it('lists a score’s item averages by their short names from graph-schema, in the form’s order, none answered as null', () => {
    expect(itemAverageLines('value', { INFLUENCE: 2.5, INVOLVEMENT: null, RESOURCES: 4 }, 'nl')).toEqual([
      { item: 'INFLUENCE', label: 'invloed', average: 2.5 },
      { item: 'INVOLVEMENT', label: 'betrokkenheid', average: null },
      { item: 'RESOURCES', label: 'middelen', average: 4 },
    ]);
    expect(itemAverageLines('trust', null, 'en').map((line) => [line.label, line.average])).toEqual([
      ['reliable', null],
      ['shared mission', null],
      ['open to discussion', null],
    ]);
  });
});
