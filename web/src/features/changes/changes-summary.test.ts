import { describe, expect, it } from 'vitest';
import { dateRangeProblem, defaultChangeDates, isCalendarDay, newTiesHighlight, quietPeriod, summariseChanges, yearBefore, type ChangesLike } from './changes-summary';

const tie = (id: string, source: string, target: string, since: string | null = null, until: string | null = null) => ({
  id,
  source,
  target,
  kind: 'PARTNERS_WITH',
  since,
  until,
});

const changes: ChangesLike = {
  tiesAdded: [tie('r-new', 'caw', 'club', '2026-03-01'), tie('r-new2', 'caw', 'ghost', '2026-04-01')],
  tiesEnded: [tie('r-old', 'ocmw', 'club', '2020-01-01', '2025-12-31')],
  deltas: [
    { metric: 'actorCount', before: 10, after: 10, change: 0 },
    { metric: 'tieCount', before: 10, after: 11, change: 1 },
    { metric: 'isolatedCount', before: 2, after: 1, change: -1 },
    { metric: 'averagePathLength', before: null, after: 2.5, change: null },
    { metric: 'sampleSize', before: null, after: null, change: null },
  ],
};
const names = new Map([
  ['caw', 'CAW'],
  ['club', 'Breiclub'],
  ['ocmw', 'OCMW'],
]);

describe('change dates', () => {
  it('defaults to a year before the scope day, or before today without one', () => {
    expect(defaultChangeDates('2026-06-30', '2026-11-23')).toEqual({ from: '2025-06-30', to: '2026-06-30' });
    expect(defaultChangeDates(null, '2026-11-23')).toEqual({ from: '2025-11-23', to: '2026-11-23' });
  });

  it('moves 29 February to 28 February of the year before', () => {
    expect(yearBefore('2024-02-29')).toBe('2023-02-28');
    expect(yearBefore('2024-03-01')).toBe('2023-03-01');
  });

  it('accepts only real days and a range that runs forward', () => {
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('24-02-2024')).toBe(false);
    expect(dateRangeProblem('2025-01-01', '2026-01-01')).toBeNull();
    expect(dateRangeProblem('2025-01-01', '2025-01-01')).toBeNull();
    expect(dateRangeProblem('2026-01-02', '2026-01-01')).toBe('fromAfterTo');
    expect(dateRangeProblem('', '2026-01-01')).toBe('invalidFrom');
    expect(dateRangeProblem('2026-01-01', '2026-13-01')).toBe('invalidTo');
  });
});

describe('changes summary', () => {
  const summary = summariseChanges(changes, names);

  it('names the actors of new and ended ties, falling back to the id', () => {
    expect(summary.added.map((t) => `${t.sourceName} - ${t.targetName}`)).toEqual(['CAW - Breiclub', 'CAW - ghost']);
    expect(summary.ended).toEqual([{ id: 'r-old', kind: 'PARTNERS_WITH', sourceName: 'OCMW', targetName: 'Breiclub', since: '2020-01-01', until: '2025-12-31' }]);
  });

  it('puts the metrics that moved first, the biggest relative move first, with their direction, and leaves out one missing on both days', () => {
    expect(summary.metrics.map((m) => [m.metric, m.trend])).toEqual([
      ['isolatedCount', 'down'],
      ['tieCount', 'up'],
      ['actorCount', 'same'],
      ['averagePathLength', 'unknown'],
    ]);
    expect(summary.changedMetricCount).toBe(2);
  });

  it('gives the change and its direction of the figures as shown, so a move in the fourth decimal is no rise', () => {
    const moved = (before: number, after: number) => summariseChanges({ tiesAdded: [], tiesEnded: [], deltas: [{ metric: 'averageClustering', before, after, change: after - before }] }, names).metrics[0]!;
    expect(moved(0.5512, 0.5514)).toMatchObject({ change: 0, trend: 'same' });
    expect(moved(0.5514, 0.5516)).toMatchObject({ change: 0.001, trend: 'up' });
    expect(moved(0.2, 0.1)).toMatchObject({ change: -0.1, trend: 'down' });
  });

  it('highlights the new ties and both their ends', () => {
    expect(newTiesHighlight(changes, 'nieuw')).toEqual({ nodes: ['caw', 'club', 'ghost'], edges: ['r-new', 'r-new2'], label: 'nieuw' });
    // Nothing new: no highlight, which would dim every actor for nothing.
    expect(newTiesHighlight({ tiesAdded: [] })).toBeNull();
  });
});

describe('a quiet period', () => {
  it('offers the year up to the latest tie where nothing began or ended and the latest tie began before', () => {
    expect(quietPeriod({ from: '2025-12-06', tiesAdded: [], tiesEnded: [], latestTieStart: '2022-01-01' })).toEqual({ latest: '2022-01-01', dates: { from: yearBefore('2022-01-01'), to: '2022-01-01' } });
    // Something changed, or the latest tie began inside the period, or none is dated: nothing to offer.
    expect(quietPeriod({ from: '2025-12-06', tiesAdded: [{}], tiesEnded: [], latestTieStart: '2022-01-01' })).toBeNull();
    expect(quietPeriod({ from: '2025-12-06', tiesAdded: [], tiesEnded: [{}], latestTieStart: '2022-01-01' })).toBeNull();
    expect(quietPeriod({ from: '2021-12-06', tiesAdded: [], tiesEnded: [], latestTieStart: '2022-01-01' })).toBeNull();
    expect(quietPeriod({ from: '2025-12-06', tiesAdded: [], tiesEnded: [], latestTieStart: null })).toBeNull();
  });
});
