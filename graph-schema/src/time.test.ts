import { describe, expect, it } from 'vitest';
import { statusOn, todayInBrussels, withStatusOn } from './time';

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

  it('returns the same object when the status stands', () => {
    const running = { id: 'r', status: 'ACTIVE' as const, until: null };
    expect(withStatusOn(running, '2026-01-01')).toBe(running);
    expect(withStatusOn({ ...running, until: '2025-01-01' }, '2026-01-01')).toEqual({ id: 'r', status: 'ENDED', until: '2025-01-01' });
  });
});
