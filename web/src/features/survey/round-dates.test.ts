import { describe, expect, it } from 'vitest';
import { addDays, defaultRoundDates } from './round-dates';

describe('dates of a new round', () => {
  it('counts days across a month and a year end', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-20', 28)).toBe('2027-01-17');
  });

  it('opens on the day in Brussels, also just after midnight there', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(defaultRoundDates(new Date('2026-12-31T23:30:00Z'))).toEqual({ opensOn: '2027-01-01', closesOn: '2027-01-29' });
  });
});
