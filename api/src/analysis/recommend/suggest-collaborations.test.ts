import { describe, expect, it } from 'vitest';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { nestedCoverage } from '../coverage/area-members';
import { findGaps } from '../gaps/find-gaps';
import { recommendContext } from './recommend-context';
import { defaultRecommendWeights } from './recommend-weights';
import { lackMasks, pairValue, rankPairs, scorePair } from './score-pair';
import { suggestCollaborations } from './suggest-collaborations';

const ag = buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 3, actors: 1500, relations: 7000 })));
const ctx = recommendContext(ag);
const neighbourhoods = ag.subgraph.nodes.filter((n) => n.kind === 'Neighbourhood').map((n) => n.id).filter((_, k) => k % 5 === 0);

describe('suggestCollaborations', () => {
  it('ranks pairs on the log-odds and value their full description gives', () => {
    const scorer = ctx.likelihood();
    const coverage = nestedCoverage(ag, neighbourhoods[0]!);
    const n = ag.adjacency.ids.length;
    for (let k = 0; k < 200; k++) {
      const [a, b] = [(k * 7919) % n, (k * 104729 + 13) % n];
      if (a === b) continue;
      const full = scorePair(ctx, a, b, defaultRecommendWeights, coverage);
      expect(scorer.logOdds(a, b)).toBe(full.likelihood.logOdds);
      expect(scorer.probability(a, b)).toBe(full.likelihood.probability);
      expect(pairValue(ctx, a, b, lackMasks(coverage), defaultRecommendWeights)).toBe(full.value);
    }
  });

  it('describes each suggestion in full, best first within its gap, each pair once', () => {
    let seen = 0;
    for (const area of neighbourhoods) {
      const coverage = nestedCoverage(ag, area);
      const gaps = findGaps(ag);
      const suggestions = suggestCollaborations(ctx, { areaId: area, coverage, gaps, weights: defaultRecommendWeights, limit: 10 });
      const pairs = new Set<string>();
      for (const s of suggestions) {
        const full = scorePair(ctx, s.a, s.b, defaultRecommendWeights, coverage);
        rankPairs([full], 'BALANCED', s.likelihood.logOdds - Math.log(s.relativeLikelihood));
        expect(s.score).toBeCloseTo(full.score, 12);
        expect(s.likelihood).toEqual(full.likelihood);
        expect(s.structural).toEqual(full.structural);
        const key = [s.a, s.b].sort((x, y) => x - y).join('-');
        expect(pairs.has(key)).toBe(false);
        pairs.add(key);
      }
      for (let i = 1; i < suggestions.length; i++) {
        if (suggestions[i]!.gap === suggestions[i - 1]!.gap) expect(suggestions[i]!.score).toBeLessThanOrEqual(suggestions[i - 1]!.score);
      }
      seen += suggestions.length;
    }
    expect(seen).toBeGreaterThan(20);
  });
});
