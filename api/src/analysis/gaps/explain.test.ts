import { describe, expect, it } from 'vitest';
import { listOf } from './explain';

const names = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`);

describe('a list of names in a sentence', () => {
  it('joins a few names with commas and "en" / "and"', () => {
    expect(listOf([], 'nl')).toBe('');
    expect(listOf(['a'], 'nl')).toBe('a');
    expect(listOf(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(listOf(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });

  it('writes a sixth name out rather than "and 1 other", and counts the rest from seven on', () => {
    expect(listOf(names(6), 'nl')).toBe('n1, n2, n3, n4, n5 en n6');
    expect(listOf(names(7), 'nl')).toBe('n1, n2, n3, n4, n5 en 2 andere');
    expect(listOf(names(9), 'en')).toBe('n1, n2, n3, n4, n5 and 4 others');
  });
});
