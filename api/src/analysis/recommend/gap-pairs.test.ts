import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { nearby } from './gap-pairs';
import { recommendContext } from './recommend-context';

describe('nearby (candidate pool for gaps any actor could close)', () => {
  const nodes = [
    actor('cz', { kind: 'CareZone' }),
    actor('m1', { kind: 'Municipality' }),
    actor('m2', { kind: 'Municipality' }),
    ...['a', 'same-mun', 'z', 'friend-of-friend', 'far', 'unplaced'].map((id) => actor(id)),
  ];
  const relations = [
    relation('m1', 'cz', { kind: 'MEMBER_OF' }),
    relation('m2', 'cz', { kind: 'MEMBER_OF' }),
    relation('a', 'm1', { kind: 'LOCATED_IN' }),
    relation('same-mun', 'm1', { kind: 'LOCATED_IN' }),
    relation('z', 'm2', { kind: 'LOCATED_IN' }),
    relation('friend-of-friend', 'm2', { kind: 'LOCATED_IN' }),
    relation('far', 'm2', { kind: 'LOCATED_IN' }),
    relation('a', 'z'),
    relation('z', 'friend-of-friend'),
  ];
  const ctx = recommendContext(buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes, relations }));
  const at = (id: string) => ctx.ag.adjacency.indexOf.get(id) as number;
  const ids = (set: Set<number> | null) => [...(set ?? [])].map((i) => ctx.ag.adjacency.ids[i]).sort();

  it('holds the actors of its municipality and the partners of its partners, not the rest of the zone', () => {
    expect(ids(nearby(ctx, at('a')))).toEqual(['a', 'friend-of-friend', 'same-mun'].sort());
  });

  it('is null (everyone) for an actor placed below no top area', () => {
    expect(nearby(ctx, at('unplaced'))).toBeNull();
  });
});
