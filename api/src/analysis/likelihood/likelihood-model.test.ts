import { describe, expect, it } from 'vitest';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { actor, relation } from '../fixtures/classic-graphs';
import { recommendContext } from '../recommend/recommend-context';
import { seededRandom } from '../rng';
import { grownTies } from '../fixtures/grown-ties';
import { fitLikelihood, likelihoodScorer } from './likelihood-model';
import { trainingSplits } from './training-set';

const generated = recommendContext(buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 5, actors: 800, relations: 4000 }))));

describe('trainingSplits', () => {
  const all = trainingSplits(generated, 1);
  const splits = all.filter((s) => s.how === 'dated');
  const starts = generated.ag.ties.map((t) => t.start);
  const dated = starts.filter((s) => s !== null).length;

  it('holds back the ties that began after each cut, the latest cut leaving about a fifth', () => {
    expect(splits.length).toBeGreaterThanOrEqual(2);
    const latest = splits[0]!;
    expect(latest.how).toBe('dated');
    const after = starts.filter((s) => s !== null && s >= latest.cut!).length;
    expect(after / dated).toBeGreaterThan(0.1);
    expect(after / dated).toBeLessThan(0.3);
    expect(all.filter((s) => s.how === 'random')).toHaveLength(2);
    // Each earlier snapshot cuts before the later one.
    for (let k = 1; k < splits.length; k++) expect(splits[k]!.cut! < splits[k - 1]!.cut!).toBe(true);
  });

  it('asks only about ties of the network that the training graph lacks, each in its snapshot period', () => {
    for (const split of all) {
      const k = splits.indexOf(split);
      const until = k <= 0 ? null : splits[k - 1]!.cut;
      const { offsets, neighbours } = split.inner.ag.adjacency;
      for (const [a, partners] of split.positives) {
        expect(split.inner.degree(a)).toBeGreaterThan(0);
        for (const b of partners) {
          expect(neighbours.subarray(offsets[a], offsets[a + 1])).not.toContain(b);
          const tie = generated.ag.ties.find((t) => t.source === Math.min(a, b) && t.target === Math.max(a, b));
          expect(tie).toBeDefined();
          if (split.how === 'random') continue;
          const start = tie!.start!;
          expect(start >= split.cut!).toBe(true);
          if (until !== null) expect(start < until).toBe(true);
        }
      }
    }
  });
});

describe('trainingSplits on a network of more than 10,000 ties', () => {
  it('keeps every dated snapshot and adds one random hold-out', () => {
    const large = recommendContext(buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 5, actors: 2000, relations: 14000 }))));
    expect(large.ag.ties.length).toBeGreaterThan(10_000);
    const all = trainingSplits(large, 1);
    const dated = all.filter((s) => s.how === 'dated');
    expect(dated).toHaveLength(3);
    for (let k = 1; k < dated.length; k++) expect(dated[k]!.cut! < dated[k - 1]!.cut!).toBe(true);
    expect(all.filter((s) => s.how === 'random')).toHaveLength(1);
  });
});

/** A network that grows by closing triangles: every tie after 2015 joins two partners of a partner. */
function closingTriangles() {
  const random = seededRandom(9);
  const n = 200;
  const ids = Array.from({ length: n }, (_, i) => `o${i}`);
  const { partners, ties, add } = grownTies(n);
  for (let k = 0; k < 400; k++) add(Math.floor(random() * n), Math.floor(random() * n), 2015);
  for (let year = 2016; year <= 2020; year++) {
    for (let added = 0, tries = 0; added < 60 && tries < 10_000; tries++) {
      const a = Math.floor(random() * n);
      const z = partners[a]![Math.floor(random() * partners[a]!.length)];
      const b = z === undefined ? undefined : partners[z]![Math.floor(random() * partners[z]!.length)];
      if (b !== undefined && add(a, b, year)) added++;
    }
  }
  const relations = ties.map(({ a, b, year }) => relation(ids[a]!, ids[b]!, { since: `${year}-03-01` }));
  return recommendContext(buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes: ids.map((id) => actor(id)), relations }));
}

function pairHasShared(ctx: ReturnType<typeof closingTriangles>, a: number, b: number): boolean {
  const { offsets, neighbours } = ctx.ag.adjacency;
  const of = (i: number) => new Set(neighbours.subarray(offsets[i], offsets[i + 1]));
  const nb = of(b);
  return [...of(a)].some((z) => nb.has(z));
}

describe('fitLikelihood', () => {
  it('falls back to the prior model when the history is too short to learn from', () => {
    const tiny = recommendContext(
      buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes: ['a', 'b', 'c'].map((id) => actor(id)), relations: [relation('a', 'b'), relation('b', 'c')] }),
    );
    const fit = fitLikelihood(tiny, 1);
    expect(fit.how).toBe('prior');
    const scorer = likelihoodScorer(tiny, fit);
    const ia = tiny.ag.adjacency.indexOf.get('a')!;
    const ic = tiny.ag.adjacency.indexOf.get('c')!;
    // a and c share b: the prior trusts shared partners.
    expect(scorer.likelihood(ia, ic).contributions.adamicAdar).toBeGreaterThan(0);
  });

  it('learns from a history of closing triangles that shared partners make a tie likely, the same model for the same seed', () => {
    const ctx = closingTriangles();
    const fit = fitLikelihood(ctx, 1);
    expect(fit.how).toBe('dated');
    expect(fit.rows).toBeGreaterThan(100);
    // Candidates sharing a partner with the asker score higher on average than the others.
    const scorer = likelihoodScorer(ctx, fit);
    const [shared, other] = [[] as number[], [] as number[]];
    for (let a = 0; a < 40; a++) {
      const partners = new Set(ctx.ag.adjacency.neighbours.subarray(ctx.ag.adjacency.offsets[a], ctx.ag.adjacency.offsets[a + 1]));
      for (let b = 0; b < ctx.ag.adjacency.ids.length; b++) {
        if (b === a || partners.has(b)) continue;
        const l = scorer.likelihood(a, b);
        (pairHasShared(ctx, a, b) ? shared : other).push(l.logOdds);
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(shared)).toBeGreaterThan(mean(other) + 1);
    expect([...fitLikelihood(ctx, 1).model.weights]).toEqual([...fit.model.weights]);
  });

  it('gives each candidate a probability whose contributions add up to its log-odds', () => {
    const fit = fitLikelihood(generated, 1);
    const scorer = likelihoodScorer(generated, fit);
    const l = scorer.likelihood(0, 5);
    expect(l.probability).toBeGreaterThan(0);
    expect(l.probability).toBeLessThan(1);
    expect(fit.model.bias + Object.values(l.contributions).reduce((s, v) => s + v, 0)).toBeCloseTo(l.logOdds, 10);
    expect(scorer.logOdds(0, 5)).toBeCloseTo(l.logOdds, 12);
  });
});
