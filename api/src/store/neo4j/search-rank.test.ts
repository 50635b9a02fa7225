import { describe, expect, it } from 'vitest';
import type { Actor } from '@weefsel/graph-schema';
import { rankSearchResults } from './search-rank';

function actor(id: string, name: string): Actor {
  return { id, kind: 'Organisation', name, description: null, formal: true, domains: [], targetGroups: [], contact: null, since: null, until: null, createdAt: 't', updatedAt: 't' };
}

describe('rankSearchResults', () => {
  it('orders exact, word prefix, inside a word, then fulltext-only hits; ties by folded name, then id', () => {
    const candidates = [
      actor('z', 'Zeebrugge'),
      actor('h', 'Huis Brugge-Sociaal'),
      actor('o', 'OCMW Brugge'),
      actor('b2', 'Brugge'),
      actor('b1', 'Brügge'),
      actor('a', 'Assebroek Brugge'),
      actor('x', 'Brug Gent'),
    ];
    expect(rankSearchResults(candidates, 'brugge', 10).map((a) => a.id)).toEqual(['b1', 'b2', 'a', 'h', 'o', 'z', 'x']);
  });

  it('drops repeats (both candidate sets may hold an actor) and honours the limit', () => {
    const candidates = [actor('o', 'OCMW Brugge'), actor('b', 'Brugge'), actor('o', 'OCMW Brugge')];
    expect(rankSearchResults(candidates, 'brugge', 10).map((a) => a.id)).toEqual(['b', 'o']);
    expect(rankSearchResults(candidates, 'brugge', 1).map((a) => a.id)).toEqual(['b']);
  });
});
