import { describe, expect, it } from 'vitest';
import { activeOn, batchSize, chunk, lines, rowsOfLists, unwindRows } from './cypher-query';

describe('cypher-query helpers', () => {
  it('chunks into batches of the given size, the last one shorter', () => {
    const items = Array.from({ length: 12_000 }, (_, i) => i);
    const batches = chunk(items);
    expect(batches.map((b) => b.length)).toEqual([batchSize, batchSize, 2_000]);
    expect(batches.flat()).toEqual(items);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(/whole number >= 1/);
  });

  it('joins only the clauses that are present', () => {
    expect(lines('MATCH (a)', false, null, undefined, '', 'RETURN a')).toBe('MATCH (a)\nRETURN a');
  });

  it('compares a relation with $asOf: since inclusive, until inclusive, null open-ended', () => {
    expect(activeOn('r')).toBe('(r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)');
  });

  it('sends UNWIND rows as positional lists and names their values again in the statement', () => {
    const unwind = unwindRows(['id', 'note'] as const, [{ id: 'a', note: 'x' }, { id: 'b', note: null }]);
    expect(unwind.clause).toBe('UNWIND $rows AS values\nWITH {id: values[0], note: values[1]} AS row');
    expect(unwind.rows).toEqual([['a', 'x'], ['b', null]]);
    expect(rowsOfLists(['id', 'note'], unwind.rows)).toEqual([{ id: 'a', note: 'x' }, { id: 'b', note: null }]);
  });
});
