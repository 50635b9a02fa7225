import { describe, expect, it } from 'vitest';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { candidatesOf } from './candidates';
import { recommendContext } from './recommend-context';
import { recommendPartners, topScores } from './recommend-partners';
import { recommendRankings } from './recommend-ranking';
import { defaultRecommendWeights } from './recommend-weights';
import { rankPairs, scorePair } from './score-pair';

const ctx = recommendContext(buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 3, actors: 1500, relations: 7000 }))));
const askers = ctx.ag.adjacency.ids.flatMap((id, i) => (ctx.ag.insideWeights[i] === 1 && ctx.degree(i) > 0 && ctx.actorAt(i).kind === 'Organisation' ? [i] : [])).filter((_, k) => k % 97 === 0);

describe('recommendPartners', () => {
  it('gives the same answer as scoring every candidate in full, for every ranking', () => {
    for (const a of askers) {
      for (const ranking of recommendRankings) {
        const pool = candidatesOf(ctx, a, null);
        const full = topScores(ctx, rankPairs(pool.map((b) => scorePair(ctx, a, b, defaultRecommendWeights, null)), ranking), 10);
        const fast = recommendPartners(ctx, { actorId: ctx.ag.adjacency.ids[a]!, areaId: null, coverage: null, weights: defaultRecommendWeights, ranking, limit: 10 });
        expect(fast.map((p) => [p.b, p.score])).toEqual(full.map((p) => [p.b, p.score]));
      }
    }
    expect(askers.length).toBeGreaterThan(3);
  });
});
