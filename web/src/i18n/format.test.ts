import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, formatPercent, formatScore, formatTimestamp, parseIsoDay, pluralForm } from './format';

describe('formatNumber', () => {
  it('uses Belgian Dutch and English separators', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('rounds to the given number of decimals', () => {
    expect(formatNumber(0.123456, 'nl')).toBe('0,123');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
  });
});

describe('formatPercent and formatScore', () => {
  it('shows a share as a whole percentage', () => {
    expect(formatPercent(0.583, 'nl')).toBe('58%');
    expect(formatPercent(0.583, 'en')).toBe('58%');
    expect(formatPercent(0.5834, 'nl', 1)).toBe('58,3%');
  });

  it('shows every score the same way, clamped to 0–100%', () => {
    expect(formatScore(0.58, 'nl')).toBe('58%');
    expect(formatScore(0.72, 'en')).toBe('72%');
    expect(formatScore(1.4, 'en')).toBe('100%');
    expect(formatScore(-0.1, 'nl')).toBe('0%');
  });
});

describe('parseIsoDay', () => {
  it('reads a real day and rejects an impossible or malformed one', () => {
    expect(parseIsoDay('2025-09-01')?.toISOString()).toBe('2025-09-01T00:00:00.000Z');
    expect(parseIsoDay('2025-02-30')).toBeUndefined();
    expect(parseIsoDay('2025-9-1')).toBeUndefined();
    expect(parseIsoDay('heel sterk')).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('writes a day with Dutch and English month names, day first', () => {
    expect(formatDay('2025-09-01', 'nl')).toBe('1 sep 2025');
    expect(formatDay('2025-09-01', 'en')).toBe('1 Sept 2025');
    expect(formatDay('2025-09-01', 'nl', 'long')).toBe('1 september 2025');
    expect(formatDay('2025-09-01', 'nl', 'short')).toBe('1/09/2025');
  });

  it('never shifts the day, whatever the time zone of the machine', () => {
    expect(formatDay('2024-12-31', 'en', 'long')).toBe('31 December 2024');
  });

  it('returns text that is not a day unchanged', () => {
    expect(formatDay('soon', 'nl')).toBe('soon');
  });
});

describe('formatTimestamp', () => {
  it('writes day and time in the given time zone', () => {
    expect(formatTimestamp('2025-09-01T12:30:00Z', 'nl', 'Europe/Brussels')).toBe('1 sep 2025, 14:30');
    expect(formatTimestamp(new Date('2025-09-01T12:30:00Z'), 'en', 'UTC')).toBe('1 Sept 2025, 12:30');
  });

  it('returns an invalid timestamp as text', () => {
    expect(formatTimestamp('not a time', 'en')).toBe('not a time');
  });
});

describe('pluralForm', () => {
  it('picks one for exactly one and other for the rest, in both languages', () => {
    expect(pluralForm(1, 'nl')).toBe('one');
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(0, 'nl')).toBe('other');
    expect(pluralForm(3, 'en')).toBe('other');
    expect(pluralForm(1.5, 'nl')).toBe('other');
  });
});
