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

/** Mean shortest path length of one component by a plain breadth-first search from every node. */
function meanPathLength(adjacency: ReturnType<typeof adjacencyOf>, component: number[]): number | null {
  const { offsets, neighbours } = adjacency;
  let sum = 0;
  for (const source of component) {
    const dist = new Map([[source, 0]]);
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
        const w = neighbours[j] as number;
        if (dist.has(w)) continue;
        dist.set(w, (dist.get(v) as number) + 1);
        sum += dist.get(w) as number;
        queue.push(w);
      }
    }
  }
  return component.length > 1 ? sum / (component.length * (component.length - 1)) : null;
}

describe('exact betweenness and closeness with leaves folded into their partners', () => {
  // An area's scope: a core with many one-partner boundary actors, some actors with several
  // leaves, a star, a lone pair of leaves and an isolated actor.
  const graph = new UndirectedGraph();
  const core = clusters(UndirectedGraph, { order: 120, size: 300, clusters: 4, clusterDensity: 0.7, rng: seededRandom(3) });
  core.forEachNode((n) => graph.addNode(n));
  core.forEachEdge((_e, _a, s, t) => {
    if (s !== t) graph.mergeEdge(s, t);
  });
  const random = seededRandom(5);
  core.forEachNode((n) => {
    const leaves = random() < 0.5 ? 0 : Math.floor(random() * 4);
    for (let i = 0; i < leaves; i++) graph.mergeEdge(n, `${n}-leaf-${i}`);
  });
  for (let i = 0; i < 5; i++) graph.mergeEdge('star', `star-leaf-${i}`);
  graph.mergeEdge('pair-a', 'pair-b');
  graph.addNode('alone');
  const adjacency = adjacencyOf(graph);
  const components = componentsOf(adjacency).members;
  const stats = pathStats(adjacency, components, Number.POSITIVE_INFINITY, seededRandom(1));

  it('has leaves to fold', () => {
    const leaves = adjacency.ids.filter((_id, i) => (adjacency.offsets[i + 1] as number) - (adjacency.offsets[i] as number) === 1);
    expect(leaves.length).toBeGreaterThan(50);
  });

  it('equals graphology-metrics on every actor', () => {
    const betweenness = betweennessCentrality(graph, { getEdgeWeight: null });
    const closeness = closenessCentrality(graph, { wassermanFaust: true });
    expect(stats.approximate).toBe(false);
    expect(stats.sources).toBe(adjacency.ids.length);
    adjacency.ids.forEach((id, i) => {
      expect(Math.abs((stats.betweenness[i] as number) - (betweenness[id] as number)), `betweenness of ${id}`).toBeLessThan(1e-9);
      expect(Math.abs((stats.closeness[i] as number) - (closeness[id] as number)), `closeness of ${id}`).toBeLessThan(1e-9);
    });
  });

  it('gives every component its mean path length', () => {
    components.forEach((component, k) => {
      const expected = meanPathLength(adjacency, component);
      if (expected === null) expect(stats.componentPathLength[k]).toBeNull();
      else expect(Math.abs((stats.componentPathLength[k] as number) - expected)).toBeLessThan(1e-9);
    });
  });
});
