import { clusters } from 'graphology-generators/random';
import { describe, expect, it } from 'vitest';
import { adjacencyOf } from './adjacency';
import { componentsOf } from './components';
import { betweennessCentrality, closenessCentrality, UndirectedGraph } from './graphology';
import { pathStats } from './path-sampling';
import { seededRandom } from './rng';

/** A clustered random network of 1,500 nodes (seeded): big enough to sample, small enough to compute exactly. */
function network() {
  const generated = clusters(UndirectedGraph, { order: 1500, size: 4500, clusters: 12, clusterDensity: 0.8, rng: seededRandom(7) });
  const graph = new UndirectedGraph();
  generated.forEachNode((n) => graph.addNode(n));
  generated.forEachEdge((_e, _a, s, t) => {
    if (s !== t) graph.mergeEdge(s, t);
  });
  return graph;
}

describe('sampled betweenness and closeness', () => {
  const graph = network();
  const adjacency = adjacencyOf(graph);
  const components = componentsOf(adjacency);
  const exactBetweenness = betweennessCentrality(graph, { getEdgeWeight: null });
  const exactCloseness = closenessCentrality(graph, { wassermanFaust: true });
  const sampled = pathStats(adjacency, components.members, 300, seededRandom(1));

  it('says it is approximate and how many sources it used', () => {
    expect(sampled.approximate).toBe(true);
    const small = components.members.filter((c) => c.length <= 300).reduce((s, c) => s + c.length, 0);
    const large = components.members.filter((c) => c.length > 300).length;
    expect(sampled.sources).toBe(small + 300 * large);
  });

  it('estimates betweenness without bias and in the right order', () => {
    const exact = adjacency.ids.map((id) => exactBetweenness[id] as number);
    const estimate = Array.from(sampled.betweenness);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean(estimate) - mean(exact)) / mean(exact)).toBeLessThan(0.05);
    // Pearson correlation; this network has no clear hubs, the hardest case for sampling.
    const [me, ms] = [mean(exact), mean(estimate)];
    const cov = mean(exact.map((x, i) => (x - me) * ((estimate[i] as number) - ms)));
    const sd = (xs: number[], m: number) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(cov / (sd(exact, me) * sd(estimate, ms))).toBeGreaterThan(0.9);
  });

  it('estimates closeness within a few per cent', () => {
    const errors = adjacency.ids.map((id, i) => {
      const exact = exactCloseness[id] as number;
      return exact === 0 ? 0 : Math.abs((sampled.closeness[i] as number) - exact) / exact;
    });
    expect(Math.max(...errors)).toBeLessThan(0.1);
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.03);
  });

  it('gives the same estimate for the same seed', () => {
    const again = pathStats(adjacency, components.members, 300, seededRandom(1));
    expect(Array.from(again.betweenness)).toEqual(Array.from(sampled.betweenness));
  });
});
