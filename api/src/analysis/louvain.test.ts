import louvain from 'graphology-communities-louvain';
import { clusters } from 'graphology-generators/random';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from './analysis-graph';
import { communitiesOf, graphologyModularity } from './communities';
import { actor, relation } from './fixtures/classic-graphs';
import { UndirectedGraph } from './graphology';
import { seededRandom } from './rng';

/** A clustered random network of 2,000 nodes with random tie weights: Louvain needs several levels. */
function clusteredScope() {
  const generated = clusters(UndirectedGraph, { order: 2000, size: 6000, clusters: 25, clusterDensity: 0.7, rng: seededRandom(3) });
  const random = seededRandom(4);
  const nodes = generated.nodes().map((id) => actor(id));
  const relations = generated
    .mapEdges((_e, _a, s, t) => [s, t] as const)
    .filter(([s, t]) => s !== t)
    .map(([s, t], k) => relation(s, t, { id: `r${k}`, weight: 1 + Math.floor(random() * 4) }));
  return { areaId: null, areaKind: null, asOf: null, nodes, relations };
}

describe('Louvain on the compressed adjacency', () => {
  const ag = buildAnalysisGraph(clusteredScope());
  const ours = communitiesOf(ag.weighted, 11);

  it('reports the modularity graphology-metrics computes for the same partition', () => {
    const partition = Object.fromEntries(ag.adjacency.ids.map((id, i) => [id, ours.communityOf[i] as number]));
    expect(Math.abs(ours.modularity - graphologyModularity(ag.graphology(), partition))).toBeLessThan(1e-9);
  });

  it('finds a partition as modular as graphology-communities-louvain', () => {
    const reference = louvain.detailed(ag.graphology(), { getEdgeWeight: 'weight', rng: seededRandom(11) });
    expect(ours.modularity).toBeGreaterThan(0.5);
    expect(ours.modularity).toBeGreaterThanOrEqual(reference.modularity - 0.01);
    expect(ours.count).toBeGreaterThanOrEqual(10);
  });

  it('numbers communities from the largest down', () => {
    const sizes = Array.from({ length: ours.count }, (_, c) => ours.communityOf.filter((x) => x === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
