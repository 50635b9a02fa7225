import { ValidationError } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { readDay } from './read-day';

const today = () => '2026-12-03';

describe('readDay', () => {
  it('reads today when no day is asked, the day asked otherwise', () => {
    expect(readDay('network', {}, today)).toBe('2026-12-03');
    expect(readDay('network', { asOf: null, history: false }, today)).toBe('2026-12-03');
    expect(readDay('network', { asOf: '2021-06-01' }, today)).toBe('2021-06-01');
  });

  it('reads the whole history only when asked, and never together with a day', () => {
    expect(readDay('network', { history: true }, today)).toBeNull();
    expect(() => readDay('gaps', { asOf: '2021-06-01', history: true }, today)).toThrow(ValidationError);
    expect(() => readDay('gaps', { asOf: '2021-06-01', history: true }, today)).toThrow(/gaps rejected: asOf: cannot be given with history: true/);
  });
});
