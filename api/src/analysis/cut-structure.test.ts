import { describe, expect, it } from 'vitest';
import { adjacencyOf, type Adjacency } from './adjacency';
import { cutStructure, membersOf } from './cut-structure';
import { classicGraph, type ClassicName } from './fixtures/classic-graphs';
import { UndirectedGraph } from './graphology';

function adjacencyFromEdges(edges: readonly (readonly [string, string])[], nodes: string[] = []): Adjacency {
  const graph = new UndirectedGraph();
  for (const n of nodes) graph.mergeNode(n);
  for (const [s, t] of edges) graph.mergeEdge(s, t);
  return adjacencyOf(graph);
}

function named(adjacency: Adjacency) {
  const structure = cutStructure(adjacency);
  const id = (i: number) => adjacency.ids[i] as string;
  return {
    points: structure.articulationPoints.map((c) => id(c.node)).sort(),
    bridges: structure.bridges.map((b) => [id(b.from), id(b.to)].sort()).sort(),
    structure,
    id,
  };
}

describe('articulation points and bridges (iterative Tarjan) equal NetworkX', () => {
  it.each(['karateClub', 'florentineFamilies', 'bridges', 'disconnected'] as ClassicName[])('on %s', (name) => {
    const { nodes, edges, expected } = classicGraph(name);
    const result = named(adjacencyFromEdges(edges.map(([s, t]) => [s, t] as const), nodes));
    expect(result.points).toEqual(expected.articulationPoints);
    expect(result.bridges).toEqual(expected.bridges);
  });
});

describe('what a cut leaves behind', () => {
  const { nodes, edges } = classicGraph('bridges');
  const adjacency = adjacencyFromEdges(edges.map(([s, t]) => [s, t] as const), nodes);

  it('gives the pieces of each articulation point, whatever node the search starts from', () => {
    const { structure, id } = named(adjacency);
    const pieces = Object.fromEntries(
      structure.articulationPoints.map((c) => [id(c.node), c.parts.map((p) => p.nodes).sort((a, b) => a - b)]),
    );
    // a-b-c triangle, c-d-e path, e-f-g triangle, g-h pendant, f-i-j triangle: ten nodes.
    expect(pieces).toEqual({ c: [2, 7], d: [3, 6], e: [4, 5], f: [2, 7], g: [1, 8] });
  });

  it('gives both sides of each bridge', () => {
    const { structure, id } = named(adjacency);
    const sides = Object.fromEntries(
      structure.bridges.map((b) => [[id(b.from), id(b.to)].sort().join('-'), [b.near.nodes, b.far.nodes].sort((x, y) => x - y)]),
    );
    expect(sides).toEqual({ 'c-d': [3, 7], 'd-e': [4, 6], 'g-h': [1, 9] });
  });

  it('counts only weighted nodes (inside actors) in the pieces', () => {
    const weights = adjacency.ids.map((i) => (i === 'h' || i === 'a' ? 0 : 1));
    const g = cutStructure(adjacency, weights).articulationPoints.find((c) => adjacency.ids[c.node] === 'g');
    expect(g?.parts.map((p) => p.weight).sort()).toEqual([0, 7]);
  });
});

describe('the members of each piece', () => {
  const { nodes, edges } = classicGraph('bridges');
  it.each(['a', 'c', 'h'])('are the same whichever node the search starts from (%s first)', (first) => {
    const adjacency = adjacencyFromEdges(edges.map(([s, t]) => [s, t] as const), [first, ...nodes]);
    const structure = cutStructure(adjacency);
    const id = (i: number) => adjacency.ids[i] as string;
    const pieces = (node: string) => {
      const cut = structure.articulationPoints.find((c) => id(c.node) === node);
      if (!cut) throw new Error(`${node} is no articulation point`);
      const scope = { component: cut.component, below: cut.parts, node: cut.node };
      return cut.parts.map((p) => membersOf(structure, p, scope, { limit: 100 }).map(id).sort().join('')).sort();
    };
    expect(pieces('d')).toEqual(['abc', 'efghij']);
    expect(pieces('f')).toEqual(['abcdegh', 'ij']);
    expect(pieces('g')).toEqual(['abcdefij', 'h']);
    const bridge = structure.bridges.find((b) => [id(b.from), id(b.to)].sort().join('') === 'cd');
    if (!bridge) throw new Error('c-d is no bridge');
    const scope = { component: bridge.component, below: [bridge.far] };
    const sides = [bridge.near, bridge.far].map((p) => membersOf(structure, p, scope, { limit: 100 }).map(id).sort().join(''));
    expect(sides.sort()).toEqual(['abc', 'defghij']);
  });
});

describe('deep networks', () => {
  it('handles a chain of 50,000 actors without overflowing the call stack', () => {
    const n = 50_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => [`n${i}`, `n${i + 1}`] as const);
    const structure = cutStructure(adjacencyFromEdges(edges));
    expect(structure.articulationPoints).toHaveLength(n - 2);
    expect(structure.bridges).toHaveLength(n - 1);
  });

  it('finds no cut in a cycle', () => {
    const n = 50_000;
    const edges = Array.from({ length: n }, (_, i) => [`n${i}`, `n${(i + 1) % n}`] as const);
    const structure = cutStructure(adjacencyFromEdges(edges));
    expect(structure.articulationPoints).toHaveLength(0);
    expect(structure.bridges).toHaveLength(0);
  });
});
