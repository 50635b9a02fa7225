import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { structuralScore } from './structural.score';

/** a and b share z1 (degree 2) and z2 (degree 3); c shares nothing with a. */
function graph() {
  const ids = ['a', 'b', 'c', 'z1', 'z2'];
  const ties = [['a', 'z1'], ['b', 'z1'], ['a', 'z2'], ['b', 'z2'], ['c', 'z2']] as const;
  return buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes: ids.map((id) => actor(id)), relations: ties.map(([s, t]) => relation(s, t)) });
}

describe('structuralScore', () => {
  it('sums 1/ln(degree) (Adamic-Adar) and 1/degree (resource allocation) over the shared partners, naming them', () => {
    const ag = graph();
    const at = (id: string) => ag.adjacency.indexOf.get(id) as number;
    const s = structuralScore(ag.adjacency, at('a'), at('b'));
    expect(s.adamicAdar).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3), 12);
    expect(s.resourceAllocation).toBeCloseTo(1 / 2 + 1 / 3, 12);
    // Fewest ties first: z1 says more than z2.
    expect(s.shared.map((i) => ag.adjacency.ids[i])).toEqual(['z1', 'z2']);
    expect(s.score).toBeCloseTo(1 - Math.exp(-s.adamicAdar), 12);
  });

  it('is symmetric and zero without shared partners, and leaves the scratch array clean', () => {
    const ag = graph();
    const at = (id: string) => ag.adjacency.indexOf.get(id) as number;
    const mark = new Uint8Array(5);
    expect(structuralScore(ag.adjacency, at('b'), at('a'), mark).adamicAdar).toBeCloseTo(structuralScore(ag.adjacency, at('a'), at('b')).adamicAdar, 12);
    expect(mark.every((m) => m === 0)).toBe(true);
    const none = structuralScore(ag.adjacency, at('c'), at('z1'), mark);
    expect(none).toMatchObject({ adamicAdar: 0, resourceAllocation: 0, shared: [], score: 0 });
  });
});
