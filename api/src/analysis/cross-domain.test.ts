import type { Subgraph } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph, tieBetween } from './analysis-graph';
import { boundarySpanners } from './boundary-spanners';
import { domainMatrix } from './domain-matrix';
import { actor, relation } from './fixtures/classic-graphs';
import { scopeProfile } from './scope-profile';
import { shortestPath } from './shortest-path';

function scope(): Subgraph {
  return {
    areaId: null,
    areaKind: null,
    asOf: null,
    nodes: [
      actor('w1', { domains: ['WELFARE'] }),
      actor('h1', { domains: ['HOUSING'] }),
      actor('wh', { domains: ['WELFARE', 'HOUSING'] }),
      actor('c1', { domains: ['CARE'] }),
      actor('e1', { domains: ['EDUCATION'], formal: false, kind: 'CitizenInitiative' }),
      actor('nb', { kind: 'Neighbourhood' }),
    ],
    relations: [
      relation('w1', 'h1'),
      relation('w1', 'h1', { kind: 'REFERS_TO', weight: 2 }),
      relation('wh', 'c1'),
      relation('c1', 'e1'),
      relation('e1', 'nb', { kind: 'LOCATED_IN' }),
    ],
  };
}

describe('analysis graph', () => {
  it('merges parallel ties, sums their weights, and leaves structural relations and neighbourhoods out', () => {
    const ag = buildAnalysisGraph(scope());
    expect(ag.adjacency.ids).toEqual(['w1', 'h1', 'wh', 'c1', 'e1']);
    expect(ag.ties).toHaveLength(3);
    const tie = tieBetween(ag, 1, 0);
    expect(tie?.weight).toBe(3);
    expect(tie?.relations).toHaveLength(2);
    expect(ag.graphology().getEdgeAttribute('w1', 'h1', 'weight')).toBe(3);
    expect(ag.graphology().size).toBe(3);
    expect(ag.placement().get('e1')).toEqual(['nb']);
  });
});

describe('domain matrix', () => {
  const matrix = domainMatrix(buildAnalysisGraph(scope()));
  const cell = (a: string, b: string) => matrix.cells.find((c) => c.a === a && c.b === b);

  it('has every pair once, in graph-schema order', () => {
    expect(matrix.cells).toHaveLength((11 * 12) / 2);
    expect(cell('HOUSING', 'WELFARE')).toBeUndefined();
  });

  it('counts each tie once per cell and keeps the relations behind it', () => {
    expect(cell('WELFARE', 'HOUSING')?.tieCount).toBe(1);
    expect(cell('WELFARE', 'HOUSING')?.relations.map((r) => r.kind).sort()).toEqual(['PARTNERS_WITH', 'REFERS_TO']);
    // wh works in welfare and housing: its tie with c1 counts for welfare-care and care-housing.
    expect(cell('WELFARE', 'CARE')?.tieCount).toBe(1);
    expect(cell('CARE', 'HOUSING')?.tieCount).toBe(1);
    expect(cell('CARE', 'EDUCATION')?.tieCount).toBe(1);
    expect(cell('WELFARE', 'EDUCATION')?.tieCount).toBe(0);
    expect(matrix.actorCounts.find((c) => c.domain === 'WELFARE')?.actorCount).toBe(2);
  });
});

describe('boundary spanners', () => {
  it('ranks actors by the domains their ties link', () => {
    const spanners = boundarySpanners(buildAnalysisGraph(scope()));
    expect(spanners.map((s) => [s.actorId, s.domainsLinked.length, s.crossDomainTieCount])).toEqual([
      ['c1', 4, 2],
      ['wh', 3, 1],
    ]);
    expect(boundarySpanners(buildAnalysisGraph(scope()), 2).map((s) => s.actorId)).toContain('w1');
  });
});

describe('shortest path', () => {
  const ag = buildAnalysisGraph(scope());

  it('gives the chain of actors and the relations of each step', () => {
    const path = shortestPath(ag, 'wh', 'e1');
    expect(path?.actorIds).toEqual(['wh', 'c1', 'e1']);
    expect(path?.steps.map((s) => s.map((r) => r.id))).toEqual([['PARTNERS_WITH:wh:c1'], ['PARTNERS_WITH:c1:e1']]);
  });

  it('is null between parts that never meet', () => {
    expect(shortestPath(ag, 'w1', 'e1')).toBeNull();
  });
});

describe('scope profile', () => {
  it('gives the figures compared across scopes', () => {
    const profile = scopeProfile(buildAnalysisGraph(scope()));
    expect(profile).toMatchObject({
      actorCount: 5,
      tieCount: 3,
      density: 3 / 10,
      componentCount: 2,
      isolatedCount: 0,
      peripheralCount: 4,
      peripheralShare: 4 / 5,
      coveredDomains: ['WELFARE', 'CARE', 'HOUSING', 'EDUCATION'],
      domainCoverage: 4 / 11,
      informalCount: 1,
      informalWithoutFormalCount: 0,
    });
  });
});
