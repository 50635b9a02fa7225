import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '@weefsel/graph-schema';
import { articulationPoints, collaborationGraph, components, scopeMembers, type Adjacency } from './network-checks';

function graphOf(edges: [string, string][], extra: string[] = []): Adjacency {
  const graph: Adjacency = new Map(extra.map((id) => [id, new Set<string>()]));
  for (const [a, b] of edges) {
    graph.set(a, (graph.get(a) ?? new Set()).add(b));
    graph.set(b, (graph.get(b) ?? new Set()).add(a));
  }
  return graph;
}

describe('network checks used by the seed tests', () => {
  it('finds the articulation point joining two triangles, and none in a cycle', () => {
    const bowtie = graphOf([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c']]);
    expect([...articulationPoints(bowtie)]).toEqual(['c']);
    expect(articulationPoints(graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']])).size).toBe(0);
  });

  it('finds every inner node of a path and a star centre, whatever the start node', () => {
    expect([...articulationPoints(graphOf([['a', 'b'], ['b', 'c'], ['c', 'd']]))].sort()).toEqual(['b', 'c']);
    expect([...articulationPoints(graphOf([['x', 'hub'], ['y', 'hub'], ['z', 'hub']]))]).toEqual(['hub']);
  });

  it('splits components and can leave a node out', () => {
    const graph = graphOf([['a', 'b'], ['b', 'c']], ['lonely']);
    expect(components(graph).map((c) => c.size).sort()).toEqual([1, 3]);
    expect(components(graph, 'b').map((c) => [...c].join()).sort()).toEqual(['a', 'c', 'lonely']);
  });

  it('reads collaboration ties only, on a date, and scopes through placement chains', () => {
    const doc: GraphDocument = {
      actors: [
        { id: 'cz', kind: 'CareZone', name: 'cz' },
        { id: 'm', kind: 'Municipality', name: 'm' },
        { id: 'n', kind: 'Neighbourhood', name: 'n' },
        { id: 'o', kind: 'Organisation', name: 'o' },
        { id: 'p', kind: 'Organisation', name: 'p' },
      ],
      relations: [
        { kind: 'MEMBER_OF', source: 'm', target: 'cz' },
        { kind: 'PART_OF', source: 'n', target: 'm' },
        { kind: 'LOCATED_IN', source: 'o', target: 'n' },
        { kind: 'PARTNERS_WITH', source: 'o', target: 'p', since: '2020-01-01', until: '2020-12-31' },
      ],
    };
    expect([...(collaborationGraph(doc).get('o') ?? [])]).toEqual(['p']);
    expect(collaborationGraph(doc, '2021-01-01').get('o')?.size).toBe(0);
    expect(collaborationGraph(doc).get('m')?.size).toBe(0);
    expect([...scopeMembers(doc, 'cz')].sort()).toEqual(['cz', 'm', 'n', 'o']);
  });
});
