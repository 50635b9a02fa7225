import { describe, expect, it } from 'vitest';
import { actorIdsOf, defaultPair, figureRows, pairNames, roundsOf, targetOf, type SummaryLike } from './comparison-rows';

const round = (id: string, opensOn: string, fields: { areaId?: string | null; projectId?: string | null; createdAt?: string } = {}) => ({
  id,
  areaId: 'mun-a',
  projectId: null,
  opensOn,
  createdAt: `${opensOn}T09:00:00.000Z`,
  ...fields,
});

const summary = (fields: Partial<SummaryLike>): SummaryLike => ({
  invited: 6,
  answered: 3,
  pairs: 4,
  density: 0.2,
  isolatedActorIds: ['x', 'y'],
  crossDomainPairs: 1,
  averageValue: 2.5,
  averageTrust: null,
  ...fields,
});

describe('which rounds are compared', () => {
  const rounds = roundsOf(
    [
      round('r1', '2024-03-01'),
      round('other', '2027-01-01', { areaId: 'mun-b' }),
      round('project', '2027-01-01', { areaId: null, projectId: 'prj' }),
      round('r3', '2026-03-01', { createdAt: '2026-02-01T10:00:00.000Z' }),
      round('r2', '2026-03-01', { createdAt: '2026-02-01T09:00:00.000Z' }),
    ],
    { kind: 'area', id: 'mun-a' },
  );

  it('lists the area’s rounds latest first (the later created first on the same opening day)', () => {
    expect(rounds.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(roundsOf(rounds, null)).toEqual([]);
  });

  it('compares the last two by default, or a chosen round with the one before it', () => {
    expect(defaultPair(rounds)).toEqual({ earlier: 'r2', later: 'r3' });
    expect(defaultPair(rounds, 'r2')).toEqual({ earlier: 'r1', later: 'r2' });
    expect(defaultPair(rounds, 'r1')).toBeNull();
    expect(defaultPair(rounds, 'gone')).toBeNull();
    expect(defaultPair(rounds.slice(0, 1))).toBeNull();
  });
});

describe('which rounds of a project are compared', () => {
  const all = [
    round('area', '2027-01-01'),
    round('p1', '2025-03-01', { areaId: null, projectId: 'prj-a' }),
    round('other', '2026-01-01', { areaId: null, projectId: 'prj-b' }),
    round('p2', '2026-03-01', { areaId: null, projectId: 'prj-a' }),
  ];

  it('tells a project’s round from an area’s', () => {
    expect(all.map(targetOf)).toEqual([
      { kind: 'area', id: 'mun-a' },
      { kind: 'project', id: 'prj-a' },
      { kind: 'project', id: 'prj-b' },
      { kind: 'project', id: 'prj-a' },
    ]);
    expect(targetOf({ areaId: null, projectId: null })).toBeNull();
  });

  it('lists only that project’s rounds, latest first, and pairs a chosen one with the one before it', () => {
    const ofProject = roundsOf(all, { kind: 'project', id: 'prj-a' });
    expect(ofProject.map((r) => r.id)).toEqual(['p2', 'p1']);
    expect(defaultPair(ofProject, 'p2')).toEqual({ earlier: 'p1', later: 'p2' });
    expect(defaultPair(ofProject, 'p1')).toBeNull();
    // A project's rounds are not its area's, nor the other way round.
    expect(roundsOf(all, { kind: 'area', id: 'prj-a' })).toEqual([]);
    expect(roundsOf(all, { kind: 'area', id: 'mun-a' }).map((r) => r.id)).toEqual(['area']);
  });
});

describe('the figures and pairs shown', () => {
  it('puts both rounds side by side with the change, rounded as shown, and its direction', () => {
    const rows = figureRows(summary({}), summary({ answered: 5, density: 0.333, isolatedActorIds: [], averageValue: 2.5, averageTrust: 3 }));
    expect(rows.map((r) => [r.figure, r.earlier, r.later, r.change, r.trend])).toEqual([
      ['invited', 6, 6, 0, 'same'],
      ['answered', 3, 5, 2, 'up'],
      ['pairs', 4, 4, 0, 'same'],
      ['density', 0.2, 0.333, 0.133, 'up'],
      ['isolated', 2, 0, -2, 'down'],
      ['crossDomain', 1, 1, 0, 'same'],
      ['averageValue', 2.5, 2.5, 0, 'same'],
      ['averageTrust', null, 3, null, 'unknown'],
    ]);
  });

  it('names both actors of a pair, falling back to the id', () => {
    expect(pairNames('a|ghost', new Map([['a', 'CAW']]))).toEqual({ key: 'a|ghost', a: 'CAW', b: 'ghost' });
    expect(actorIdsOf(['a|b', 'b|c'])).toEqual(['a', 'b', 'c']);
  });
});
