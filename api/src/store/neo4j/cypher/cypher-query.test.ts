import { describe, expect, it } from 'vitest';
import { activeOn, batchSize, chunk, lines } from './cypher-query';

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
});
