import { describe, expect, it } from 'vitest';
import { actorIdsOf, defaultPair, figureRows, pairNames, roundsOfArea, type SummaryLike } from './comparison-rows';

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
  const rounds = roundsOfArea(
    [
      round('r1', '2024-03-01'),
      round('other', '2027-01-01', { areaId: 'mun-b' }),
      round('project', '2027-01-01', { areaId: null, projectId: 'prj' }),
      round('r3', '2026-03-01', { createdAt: '2026-02-01T10:00:00.000Z' }),
      round('r2', '2026-03-01', { createdAt: '2026-02-01T09:00:00.000Z' }),
    ],
    'mun-a',
  );

  it('lists the area’s rounds latest first (the later created first on the same opening day)', () => {
    expect(rounds.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(roundsOfArea(rounds, null)).toEqual([]);
  });

  it('compares the last two by default, or a chosen round with the one before it', () => {
    expect(defaultPair(rounds)).toEqual({ earlier: 'r2', later: 'r3' });
    expect(defaultPair(rounds, 'r2')).toEqual({ earlier: 'r1', later: 'r2' });
    expect(defaultPair(rounds, 'r1')).toBeNull();
    expect(defaultPair(rounds, 'gone')).toBeNull();
    expect(defaultPair(rounds.slice(0, 1))).toBeNull();
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
