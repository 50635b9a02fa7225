import { describe, expect, it } from 'vitest';
import { isAreaKind, ValidationError } from '@weefsel/graph-schema';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { nestedCoverage } from '../coverage/area-members';
import { recommendContext } from './recommend-context';
import { defaultRecommendWeights, recommendComponents, resolveWeights } from './recommend-weights';
import { rankingScore } from './recommend-ranking';
import { combine, lackMasks, pairValue, rankPairs, scorePair, valueParts } from './score-pair';

describe('combine and weights', () => {
  it('defaults sum to 1 and the value is the weighted mean of the value components', () => {
    expect(recommendComponents.reduce((s, n) => s + defaultRecommendWeights[n], 0)).toBeCloseTo(1, 12);
    const parts = { complementarity: { score: 1 }, bridging: { score: 0.5 }, formalInformal: { score: 0 } };
    expect(combine(parts, defaultRecommendWeights)).toBeCloseTo(0.45 + 0.1, 12);
    expect(combine(parts, resolveWeights({ complementarity: 0, formalInformal: 0 }))).toBeCloseTo(0.5, 12);
  });

  it('overrides only the weights given and rejects negative or all-zero weights', () => {
    expect(resolveWeights({ bridging: 0.9 })).toEqual({ ...defaultRecommendWeights, bridging: 0.9 });
    expect(() => resolveWeights({ bridging: -1 })).toThrow(ValidationError);
    expect(() => resolveWeights({ complementarity: 0, bridging: 0, formalInformal: 0 })).toThrow(/at least one weight/);
  });

  it('ranks balanced by likelihood, lifted at most twice by value', () => {
    expect(rankingScore('LIKELY', 0.4, 1)).toBe(0.4);
    expect(rankingScore('BALANCED', 1, 0)).toBe(0.5);
    expect(rankingScore('BALANCED', 1, 1)).toBe(1);
    // A valuable tie half as likely ties with the most likely tie of no value.
    expect(rankingScore('BALANCED', 0.5, 1)).toBe(rankingScore('BALANCED', 1, 0));
    expect(rankingScore('VALUABLE', 0.1, 0.6)).toBeGreaterThan(rankingScore('VALUABLE', 1, 0.5));
  });
});

describe('scorePair', () => {
  it('fills every component from the graph: shared partner, area, isolation, formal-informal', () => {
    const nodes = [
      actor('cz', { kind: 'CareZone' }),
      actor('mun', { kind: 'Municipality' }),
      actor('nbh', { kind: 'Neighbourhood' }),
      actor('org', { domains: ['CARE'] }),
      actor('hub'),
      actor('ini', { kind: 'CitizenInitiative', formal: false, domains: ['WORK'] }),
      actor('housing', { domains: ['HOUSING'] }),
    ];
    const relations = [
      relation('mun', 'cz', { kind: 'MEMBER_OF' }),
      relation('nbh', 'mun', { kind: 'PART_OF' }),
      relation('org', 'nbh', { kind: 'LOCATED_IN' }),
      relation('ini', 'nbh', { kind: 'LOCATED_IN' }),
      relation('housing', 'mun', { kind: 'LOCATED_IN' }),
      relation('org', 'hub'),
    ];
    const ctx = recommendContext(buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes, relations }));
    const at = (id: string) => ctx.ag.adjacency.indexOf.get(id) as number;
    const p = scorePair(ctx, at('org'), at('ini'), defaultRecommendWeights, nestedCoverage(ctx.ag, 'nbh'));
    expect(p.proximity).toEqual({ sharedAreaId: 'nbh', score: 1 });
    expect(p.bridging.effect).toBe('BRINGS_IN_ISOLATED');
    expect(p.formalInformal.firstFormalPartner).toBe(true);
    // The initiative's own domain already counts for its neighbourhood: new for org, not for the area.
    expect(p.complementarity).toMatchObject({ newDomains: ['WORK'], areaMissingDomains: [] });
    expect(p.structural.score).toBe(0);
    expect(p.value).toBeCloseTo(0.45 * p.complementarity.score + 0.2 + 0.35, 12);
    expect(p.likelihood.probability).toBeGreaterThan(0);
    rankPairs([p], 'BALANCED');
    expect(p.relativeLikelihood).toBe(1);
    expect(p.score).toBeCloseTo((1 + p.value) / 2, 12);
    const h = scorePair(ctx, at('org'), at('housing'), defaultRecommendWeights, nestedCoverage(ctx.ag, 'nbh'));
    expect(h.complementarity.areaMissingDomains).toEqual(['HOUSING']);
    expect(h.proximity).toEqual({ sharedAreaId: 'mun', score: 2 / 3 });
    expect(h.formalInformal.score).toBe(0);
  });
});

describe('pairValue', () => {
  it('equals the value of the full description for every pair of the demo, with and without an area and with other weights', () => {
    const ag = buildAnalysisGraph(wholeSubgraph());
    const ctx = recommendContext(ag);
    const n = ag.adjacency.ids.length;
    const areas = ag.subgraph.nodes.filter((node) => isAreaKind(node.kind)).map((node) => nestedCoverage(ag, node.id));
    const weightings = [defaultRecommendWeights, resolveWeights({ complementarity: 0.1, bridging: 3 })];
    let compared = 0;
    for (const coverage of [null, ...areas.filter((c) => c.missingDomains.length + c.missingTargetGroups.length > 0).slice(0, 3)]) {
      const lacks = lackMasks(coverage);
      for (const weights of weightings) {
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            if (a === b) continue;
            expect(pairValue(ctx, a, b, lacks, weights)).toBe(combine(valueParts(ctx, a, b, coverage), weights));
            compared++;
          }
        }
      }
    }
    // Areas that lack something, formal-informal pairs and bridges are all among them.
    expect(compared).toBeGreaterThan(4 * 2 * n * (n - 1) - 1);
  });
});
