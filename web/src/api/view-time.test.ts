import { describe, expect, it } from 'vitest';
import { timeKey, timeVariables, today } from './view-time';

describe('view time', () => {
  it('asks the API for today by sending no day, for a day by sending it, and for the history without a day', () => {
    expect(timeVariables(today)).toEqual({ asOf: null, history: false });
    expect(timeVariables({ asOf: '2023-03-15', history: false })).toEqual({ asOf: '2023-03-15', history: false });
    // The API refuses a day with the history: a stale day in the state is never sent along.
    expect(timeVariables({ asOf: '2023-03-15', history: true })).toEqual({ asOf: null, history: true });
  });

  it('keys every time choice apart, so a cached answer of one is never shown for another', () => {
    const keys = [today, { asOf: '2023-03-15', history: false }, { asOf: null, history: true }].map(timeKey);
    expect(new Set(keys).size).toBe(3);
    expect(timeKey({ asOf: '2023-03-15', history: true })).toBe(timeKey({ asOf: null, history: true }));
  });
});
