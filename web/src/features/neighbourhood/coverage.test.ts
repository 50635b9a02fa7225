import { describe, expect, it } from 'vitest';
import { coveredCount, suggestionHighlight } from './coverage';

describe('coverage summary', () => {
  it('counts the entries somebody covers; an entry with no actor is a lack', () => {
    expect(coveredCount([{ value: 'CARE', actorCount: 2 }, { value: 'HOUSING', actorCount: 0 }, { value: 'WELFARE', actorCount: 1 }])).toBe(2);
    expect(coveredCount([])).toBe(0);
  });
});

describe('suggestion highlight', () => {
  it('brings forward the two actors of the suggested tie', () => {
    expect(suggestionHighlight({ from: { id: 'caw' }, to: { id: 'club' } }, 'x')).toEqual({ nodes: ['caw', 'club'], edges: [], label: 'x' });
  });
});
