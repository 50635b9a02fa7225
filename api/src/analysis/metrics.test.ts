import { florentineFamilies, karateClub } from 'graphology-generators/social';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from './analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from './analysis-options';
import louvain from 'graphology-communities-louvain';
import { communitiesOf, graphologyModularity } from './communities';
import { modularityOf } from './louvain';
import { seededRandom } from './rng';
import { connectedComponents } from 'graphology-components';
import { componentsOf } from './components';
import { classicGraph, classicSubgraph, type ClassicName } from './fixtures/classic-graphs';
import { betweennessCentrality, closenessCentrality, UndirectedGraph } from './graphology';
import { networkMetrics, type ActorMetrics } from './metrics';

const names: ClassicName[] = ['karateClub', 'florentineFamilies', 'bridges', 'disconnected'];
const tolerance = 1e-6;

function byActor(actors: ActorMetrics[], key: keyof ActorMetrics): Record<string, number> {
  return Object.fromEntries(actors.map((a) => [a.actorId, Number(a[key])]));
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    expect(Math.abs((actual[id] as number) - value), `node ${id}: ${actual[id]} vs NetworkX ${value}`).toBeLessThan(tolerance);
  }
}

function metricsOf(name: ClassicName, options: Partial<AnalysisOptions> = {}) {
  return networkMetrics(buildAnalysisGraph(classicSubgraph(name)), { ...defaultAnalysisOptions, ...options });
}

describe.each(names)('metrics on %s equal NetworkX within 1e-6', (name) => {
  const { expected } = classicGraph(name);
  const metrics = metricsOf(name);

  it('betweenness (normalised), closeness (wf_improved), PageRank (weighted), clustering', () => {
    expect(metrics.scope.approximate).toBe(false);
    expectClose(byActor(metrics.actors, 'betweenness'), expected.betweenness);
    expectClose(byActor(metrics.actors, 'closeness'), expected.closeness);
    expectClose(byActor(metrics.actors, 'pagerank'), expected.pagerank);
    expectClose(byActor(metrics.actors, 'clustering'), expected.clustering);
  });

  it('density, average clustering, path lengths, articulation points and components', () => {
    expect(Math.abs(metrics.scope.density - expected.density)).toBeLessThan(tolerance);
    expect(Math.abs(metrics.scope.averageClustering - expected.averageClustering)).toBeLessThan(tolerance);
    expect(metrics.scope.averagePathLength === null).toBe(expected.averagePathLength === null);
    if (expected.averagePathLength !== null) {
      expect(Math.abs((metrics.scope.averagePathLength ?? NaN) - expected.averagePathLength)).toBeLessThan(tolerance);
    }
    expect(Math.abs((metrics.scope.largestComponentAveragePathLength ?? NaN) - (expected.largestComponentAveragePathLength ?? NaN))).toBeLessThan(tolerance);
    const cuts = metrics.actors.filter((a) => a.articulationPoint).map((a) => a.actorId).sort();
    expect(cuts).toEqual(expected.articulationPoints);
    expect(metrics.scope.bridgeCount).toBe(expected.bridges.length);
    expect(metrics.scope.componentCount).toBe(expected.components.length);
    const components = new Map<number, string[]>();
    for (const a of metrics.actors) components.set(a.component, [...(components.get(a.component) ?? []), a.actorId]);
    expect([...components.values()].map((c) => c.sort()).sort()).toEqual(expected.components);
  });

  it('stays exact above the sampling threshold when every component is smaller than the sample', () => {
    const viaSampling = metricsOf(name, { exactMaxNodes: 0, samples: 1_000 });
    expect(viaSampling.scope.approximate).toBe(false);
    expectClose(byActor(viaSampling.actors, 'betweenness'), expected.betweenness);
    expectClose(byActor(viaSampling.actors, 'closeness'), expected.closeness);
  });

  it('agrees with graphology-metrics betweenness and closeness', () => {
    const graph = buildAnalysisGraph(classicSubgraph(name)).graphology();
    expectClose(byActor(metrics.actors, 'betweenness'), betweennessCentrality(graph, { getEdgeWeight: null }));
    expectClose(byActor(metrics.actors, 'closeness'), closenessCentrality(graph, { wassermanFaust: true }));
  });
});

describe('components', () => {
  it.each(names)('on %s are the ones graphology-components finds', (name) => {
    const ag = buildAnalysisGraph(classicSubgraph(name));
    const ours = componentsOf(ag.adjacency).members.map((c) => c.map((i) => ag.adjacency.ids[i] as string).sort());
    const theirs = connectedComponents(ag.graphology()).map((c) => [...c].sort());
    expect(ours.sort()).toEqual(theirs.sort());
  });
});

describe('classic graphs from graphology-generators', () => {
  it.each([
    ['karateClub', karateClub],
    ['florentineFamilies', florentineFamilies],
  ] as const)('%s has the same ties as the NetworkX graph the expected values came from', (name, generate) => {
    const generated = generate(UndirectedGraph);
    const pairs = (edges: [string, string][]) => edges.map((e) => [...e].sort().join('|')).sort();
    const fixture = classicGraph(name).edges.map(([s, t]) => [s, t] as [string, string]);
    expect(pairs(generated.mapEdges((_e, _a, s, t) => [s, t] as [string, string]))).toEqual(pairs(fixture));
  });
});

describe('communities', () => {
  const { expected } = classicGraph('karateClub');
  const karate = buildAnalysisGraph(classicSubgraph('karateClub'));
  const clubs = Int32Array.from(karate.adjacency.ids, (id) => (expected.partition?.[id] === 'Mr. Hi' ? 0 : 1));

  it("computes weighted modularity as NetworkX does (karate club's two clubs), as graphology does", () => {
    expect(Math.abs(modularityOf(karate.weighted, clubs) - (expected.partitionModularity ?? NaN))).toBeLessThan(tolerance);
    expect(Math.abs(graphologyModularity(karate.graphology(), expected.partition ?? {}) - (expected.partitionModularity ?? NaN))).toBeLessThan(tolerance);
  });

  it.each(names)('finds Louvain communities on %s as good as graphology-communities-louvain, the same on every run', (name) => {
    const ag = buildAnalysisGraph(classicSubgraph(name));
    const ours = communitiesOf(ag.weighted, 1);
    const partition = Object.fromEntries(ag.adjacency.ids.map((id, i) => [id, ours.communityOf[i] as number]));
    expect(Math.abs(ours.modularity - graphologyModularity(ag.graphology(), partition))).toBeLessThan(tolerance);
    const reference = louvain.detailed(ag.graphology(), { getEdgeWeight: 'weight', rng: seededRandom(1) });
    expect(ours.modularity).toBeGreaterThanOrEqual(reference.modularity - 0.01);
    expect(Array.from(communitiesOf(ag.weighted, 1).communityOf)).toEqual(Array.from(ours.communityOf));
  });

  it('beats the two clubs on the karate club', () => {
    expect(metricsOf('karateClub').scope.modularity).toBeGreaterThan(expected.partitionModularity ?? 1);
  });
});
