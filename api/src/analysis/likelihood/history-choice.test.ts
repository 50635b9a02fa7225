import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { grownTies } from '../fixtures/grown-ties';
import { recommendContext } from '../recommend/recommend-context';
import { seededRandom } from '../rng';
import { historyChoice, type Learner } from './likelihood-model';
import { trainingSplits } from './training-set';

/**
 * 300 organisations. Up to 2015 they form close groups (each new tie closes a triangle); from 2016
 * on, every new tie goes from a random organisation to one of the ten that drew most ties so far,
 * whoever their partners are. With `shuffled`, the same ties get each other's dates: then the dates
 * say nothing about how ties form.
 */
function network(shuffled: boolean, scale = 1) {
  const random = seededRandom(4);
  const n = 300 * scale;
  const ids = Array.from({ length: n }, (_, i) => `o${i}`);
  const { partners, ties, add } = grownTies(n);
  for (let g = 0; g < n; g += 5) for (let k = g; k < g + 4; k++) add(k, k + 1, 2012);
  for (let year = 2013; year <= 2015; year++) {
    for (let added = 0, tries = 0; added < 120 * scale && tries < 20_000 * scale; tries++) {
      const a = Math.floor(random() * n);
      const z = partners[a]![Math.floor(random() * partners[a]!.length)]!;
      if (add(a, partners[z]![Math.floor(random() * partners[z]!.length)]!, year)) added++;
    }
  }
  for (let year = 2016; year <= 2020; year++) {
    const hubs = ids.map((_, i) => i).sort((x, y) => partners[y]!.length - partners[x]!.length || x - y).slice(0, 10);
    for (let added = 0, tries = 0; added < 60 * scale && tries < 20_000 * scale; tries++) {
      if (add(Math.floor(random() * n), hubs[Math.floor(random() * hubs.length)]!, year)) added++;
    }
  }
  const years = ties.map(({ year }) => year);
  if (shuffled) for (let i = years.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [years[i], years[j]] = [years[j]!, years[i]!];
  }
  const relations = ties.map(({ a, b }, k) => relation(ids[a]!, ids[b]!, { id: `r${String(k).padStart(5, '0')}`, since: `${years[k]}-03-01` }));
  return recommendContext(buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes: ids.map((id) => actor(id)), relations }));
}

describe('historyChoice', () => {
  it('ranks the latest period better without the random hold-outs where the dated history is real', () => {
    const splits = trainingSplits(network(false), 1);
    expect(splits.filter((s) => s.how === 'dated').length).toBeGreaterThanOrEqual(2);
    const { compared } = historyChoice(splits, 1);
    const rank = (learner: Learner, randomHoldOuts: boolean) => compared.find((c) => c.learner === learner && c.randomHoldOuts === randomHoldOuts)!.meanReciprocalRank;
    expect(rank('pairs', false)).toBeGreaterThan(rank('pairs', true));
  });

  it('keeps them where the dates say nothing about how ties form', () => {
    expect(historyChoice(trainingSplits(network(true), 1), 1).randomHoldOuts).toBe(true);
  });

  it('keeps them without comparing on a network of more than 2,000 ties before its latest period, where comparing costs more than the fit', () => {
    // Five times larger, its history would leave them out (checked with the limit raised).
    const splits = trainingSplits(network(false, 5), 1);
    const latest = splits.find((s) => s.how === 'dated')!;
    expect(latest.inner.ag.ties.length).toBeGreaterThan(2_000);
    expect(historyChoice(splits, 1)).toEqual({ randomHoldOuts: true, learner: 'pairs', compared: [] });
  });

  it('offers the logistic regression alone above 1,000 ties before the latest period, where the choice model costs seconds', () => {
    const splits = trainingSplits(network(false, 2), 1);
    const latest = splits.find((s) => s.how === 'dated')!;
    expect(latest.inner.ag.ties.length).toBeGreaterThan(1_000);
    expect(latest.inner.ag.ties.length).toBeLessThanOrEqual(2_000);
    expect(historyChoice(splits, 1).compared.map((c) => c.learner)).toEqual(['pairs', 'pairs']);
  });

  it('compares both learners with and without the random hold-outs and takes the one that ranked the latest period best', () => {
    for (const shuffled of [false, true]) {
      const choice = historyChoice(trainingSplits(network(shuffled), 1), 1);
      expect(choice.compared.map(({ learner, randomHoldOuts }) => `${learner} ${randomHoldOuts}`)).toEqual(['pairs true', 'pairs false', 'pairs+choices true', 'pairs+choices false']);
      const best = Math.max(...choice.compared.map((c) => c.meanReciprocalRank));
      expect(choice.compared.find((c) => c.meanReciprocalRank === best)).toMatchObject({ learner: choice.learner, randomHoldOuts: choice.randomHoldOuts });
      // Different models rank differently: the comparison is not between copies.
      expect(new Set(choice.compared.map((c) => c.meanReciprocalRank)).size).toBeGreaterThan(1);
    }
  });
});
