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

  it('gives the same partition when its reused buffers last served a larger or smaller network', () => {
    // Louvain keeps its temporaries from run to run; what a run leaves in them must not matter.
    const small = buildAnalysisGraph({ ...clusteredScope(), nodes: clusteredScope().nodes.slice(0, 300), relations: clusteredScope().relations.filter((r) => Number(r.source.replace(/\D/g, '')) < 300 && Number(r.target.replace(/\D/g, '')) < 300) });
    const smallFirst = communitiesOf(small.weighted, 5);
    expect(communitiesOf(ag.weighted, 11)).toEqual(ours);
    expect(communitiesOf(small.weighted, 5)).toEqual(smallFirst);
    expect(communitiesOf(ag.weighted, 11)).toEqual(ours);
    expect(smallFirst.count).toBeGreaterThan(1);
  });
});
