import { describe, expect, it } from 'vitest';
import { actorsEndOf, earlierDay, statusOn, todayInBrussels, withStatusOn } from './time';

describe('todayInBrussels', () => {
  it('is the calendar day in Brussels, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Brussels (UTC+1 in winter).
    expect(todayInBrussels(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayInBrussels(new Date('2025-12-31T22:30:00Z'))).toBe('2025-12-31');
    // Summer time: UTC+2.
    expect(todayInBrussels(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('statusOn', () => {
  const tie = (status: 'ACTIVE' | 'PLANNED' | 'ENDED', until: string | null) => ({ status, until });

  it('ends a relation once its last day has passed, whatever was stored', () => {
    expect(statusOn(tie('ACTIVE', '2022-12-31'), '2023-01-01')).toBe('ENDED');
    expect(statusOn(tie('PLANNED', '2022-12-31'), '2023-01-01')).toBe('ENDED');
    expect(statusOn(tie('ENDED', '2022-12-31'), '2023-01-01')).toBe('ENDED');
  });

  it('keeps a relation running up to and including its last day', () => {
    expect(statusOn(tie('ACTIVE', '2022-12-31'), '2022-12-31')).toBe('ACTIVE');
    expect(statusOn(tie('ENDED', '2022-12-31'), '2022-06-01')).toBe('ACTIVE');
    expect(statusOn(tie('ACTIVE', null), '2099-01-01')).toBe('ACTIVE');
    expect(statusOn(tie('PLANNED', null), '2099-01-01')).toBe('PLANNED');
  });

  it('ends a relation with the earlier last day of its actors, even when its own runs on or is open', () => {
    expect(statusOn(tie('ACTIVE', null), '2026-12-06', '2018-04-30')).toBe('ENDED');
    expect(statusOn(tie('ACTIVE', '2030-01-01'), '2026-12-06', '2018-04-30')).toBe('ENDED');
    expect(statusOn(tie('ENDED', null), '2018-04-30', '2018-04-30')).toBe('ACTIVE');
    expect(statusOn(tie('ACTIVE', '2017-01-01'), '2017-06-01', '2018-04-30')).toBe('ENDED');
    const untilOf = (id: string) => ({ pilot: '2018-04-30', closed: '2020-01-31' })[id] ?? null;
    expect(actorsEndOf({ source: 'org', target: 'pilot' }, untilOf)).toBe('2018-04-30');
    expect(actorsEndOf({ source: 'closed', target: 'pilot' }, untilOf)).toBe('2018-04-30');
    expect(actorsEndOf({ source: 'closed', target: 'org' }, untilOf)).toBe('2020-01-31');
    expect(actorsEndOf({ source: 'org', target: 'other' }, untilOf)).toBeNull();
  });

  it('returns the same object when the status stands', () => {
    const running = { id: 'r', status: 'ACTIVE' as const, until: null };
    expect(withStatusOn(running, '2026-01-01')).toBe(running);
    expect(withStatusOn({ ...running, until: '2025-01-01' }, '2026-01-01')).toEqual({ id: 'r', status: 'ENDED', until: '2025-01-01' });
  });
});

describe('earlierDay', () => {
  it('gives the earlier of two last days, and treats a missing one as no end', () => {
    expect(earlierDay('2021-03-31', '2020-12-31')).toBe('2020-12-31');
    expect(earlierDay('2020-12-31', '2021-03-31')).toBe('2020-12-31');
    expect(earlierDay(null, '2020-12-31')).toBe('2020-12-31');
    expect(earlierDay('2020-12-31', undefined)).toBe('2020-12-31');
    expect(earlierDay(undefined, null)).toBeNull();
  });
});
