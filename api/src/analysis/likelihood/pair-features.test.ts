import { describe, expect, it } from 'vitest';
import type { Subgraph } from '@weefsel/graph-schema';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { recommendContext } from '../recommend/recommend-context';
import { askerOf, latestTieStart, nodeStats, pairFeatureNames, pairFeatures, recentWindow, type PairFeature } from './pair-features';

// a - z - b, a - y - b, b - c - d; z and y also tie to w. Dates make b's tie to c recent.
const subgraph: Subgraph = {
  areaId: null,
  areaKind: null,
  asOf: null,
  nodes: ['a', 'b', 'c', 'd', 'w', 'y', 'z'].map((id) => actor(id)),
  relations: [
    relation('a', 'z', { since: '2015-01-01' }),
    relation('a', 'y', { since: '2015-01-01' }),
    relation('b', 'z', { since: '2016-01-01' }),
    relation('b', 'y', { since: '2016-01-01' }),
    relation('z', 'w'),
    relation('y', 'w'),
    relation('b', 'c', { since: '2020-06-01', weight: 3 }),
    relation('c', 'd', { since: '2020-07-01' }),
  ],
};

describe('pairFeatures', () => {
  const ctx = recommendContext(buildAnalysisGraph(subgraph));
  const index = (id: string) => ctx.ag.adjacency.indexOf.get(id)!;
  const stats = nodeStats(ctx, '2020-12-31');
  const asker = askerOf(ctx, index('a'));
  const row = (b: string) => Object.fromEntries(pairFeatureNames.map((name, j) => [name, pairFeatures(ctx, stats, asker, index(b))[j]]));

  it('counts shared partners as Adamic-Adar, resource allocation and Jaccard do', () => {
    const ab = row('b');
    expect(ab.commonNeighbours).toBeCloseTo(Math.log1p(2), 12);
    // z and y each have 3 partners.
    expect(ab.adamicAdar).toBeCloseTo(2 / Math.log(3), 12);
    expect(ab.resourceAllocation).toBeCloseTo(2 / 3, 12);
    expect(ab.jaccard).toBeCloseTo(2 / 3, 12);
    expect(ab.distanceTwo).toBe(1);
  });

  it('measures distance, recent ties, weights and age from the candidate side', () => {
    const ac = row('c');
    expect(ac.commonNeighbours).toBe(0);
    expect(ac.distanceThree).toBe(1);
    expect(ac.distanceTwo).toBe(0);
    expect(row('d').distanceThree).toBe(0);
    // c: ties to b (2020-06, weight 3) and d (2020-07), both within the year up to 2020-12-31.
    expect(ac.recentTiesB).toBeCloseTo(Math.log1p(2), 12);
    expect(ac.tieWeightB).toBeCloseTo(Math.log1p(4), 12);
    expect(Math.expm1(ac.tieAgeB!)).toBeCloseTo(0.58, 1);
    expect(row('w').recentTiesB).toBe(0);
  });

  it('forgets the previous asker when a scratch asker is reused', () => {
    const again = askerOf(ctx, index('d'), asker);
    expect(again.distance[index('c')]).toBe(1);
    expect(again.distance[index('z')]).toBe(3);
    expect(again.distance[index('a')]).toBe(0);
  });
});

describe('recentWindow', () => {
  const dayBefore = (d: string) => new Date(Date.parse(d) - 24 * 3600 * 1000).toISOString().slice(0, 10);
  const dayAfter = (d: string) => new Date(Date.parse(d) + 24 * 3600 * 1000).toISOString().slice(0, 10);

  // Yearly records dated 1 January (as the H2020 networks are), a leap year, and an ordinary day.
  it.each(['2022-01-01', '2021-01-01', '2024-03-01', '2026-12-03'])('names exactly the days whose ties count as recent at %s', (reference) => {
    const { first, last } = recentWindow(reference);
    expect(last).toBe(reference);
    const starts = [dayBefore(first), first, dayAfter(first), last, dayAfter(last)];
    const graph: Subgraph = {
      areaId: null,
      areaKind: null,
      asOf: null,
      nodes: ['hub', ...starts.map((_, i) => `p${i}`)].map((id) => actor(id)),
      relations: starts.map((since, i) => relation('hub', `p${i}`, { since })),
    };
    const ctx = recommendContext(buildAnalysisGraph(graph));
    const counted = nodeStats(ctx, reference).recentTies;
    // The hub's ties on first, the day after and last count; the day before first and after last do not.
    expect(counted[ctx.ag.adjacency.indexOf.get('hub')!]).toBe(3);
    expect(starts.filter((since, i) => counted[ctx.ag.adjacency.indexOf.get(`p${i}`)!] === 1)).toEqual([first, dayAfter(first), last]);
  });
});

describe('pairFeatures on the actor records', () => {
  it('compares kind, formality, domains and target groups as the records say, for every pair of the demo', () => {
    const ctx = recommendContext(buildAnalysisGraph(wholeSubgraph()));
    const stats = nodeStats(ctx, latestTieStart(ctx));
    const jaccard = (x: readonly string[], y: readonly string[]) => {
      const shared = y.filter((v) => x.includes(v)).length;
      return x.length === 0 || y.length === 0 ? 0 : shared / new Set([...x, ...y]).size;
    };
    const n = ctx.ag.adjacency.ids.length;
    const seen = { formalInformal: 0, domainOverlap: 0, targetGroupOverlap: 0 };
    for (let a = 0; a < n; a++) {
      const asker = askerOf(ctx, a);
      const x = ctx.actorAt(a);
      for (let b = 0; b < n; b++) {
        if (a === b) continue;
        const y = ctx.actorAt(b);
        const row = pairFeatures(ctx, stats, asker, b);
        const feature = (name: PairFeature) => row[pairFeatureNames.indexOf(name)];
        expect(feature('sameKind')).toBe(x.kind === y.kind ? 1 : 0);
        expect(feature('formalInformal')).toBe(x.formal !== y.formal ? 1 : 0);
        expect(feature('domainOverlap')).toBe(jaccard(x.domains, y.domains));
        expect(feature('targetGroupOverlap')).toBe(jaccard(x.targetGroups, y.targetGroups));
        seen.formalInformal += feature('formalInformal')!;
        seen.domainOverlap += feature('domainOverlap')! > 0 ? 1 : 0;
        seen.targetGroupOverlap += feature('targetGroupOverlap')! > 0 ? 1 : 0;
      }
    }
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });
});
