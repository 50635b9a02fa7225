import { describe, expect, it } from 'vitest';
import { endpointKindProblem } from '@weefsel/graph-schema';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { nestedCoverage } from '../coverage/area-members';
import { findGaps } from '../gaps/find-gaps';
import { recommendContext } from './recommend-context';
import { onlyDeepestArea, recommendPartners } from './recommend-partners';
import { defaultRecommendWeights } from './recommend-weights';
import { suggestCollaborations } from './suggest-collaborations';

/** The demo's deliberate weaknesses (seeds/README.md) should get sensible, explained advice. */
const ag = buildAnalysisGraph(wholeSubgraph());
const ctx = recommendContext(ag);
const idOf = (i: number) => ag.adjacency.ids[i] as string;

describe('recommendPartners on the demo', () => {
  it('gives an isolated initiative formal partners nearby, never one it is tied to or itself', () => {
    const recs = recommendPartners(ctx, { actorId: 'ini-repair-cafe-sint-kruis', areaId: null, coverage: null, weights: defaultRecommendWeights, limit: 5 });
    expect(recs).toHaveLength(5);
    for (const r of recs) {
      expect(idOf(r.b)).not.toBe('ini-repair-cafe-sint-kruis');
      expect(ctx.actorAt(r.b).formal).toBe(true);
      expect(r.bridging.effect).toBe('BRINGS_IN_ISOLATED');
      expect(r.proximity.score).toBeGreaterThan(0);
      expect(r.explanation.nl).toContain('Repair Café Sint-Kruis heeft nog geen enkele samenwerkingsband');
      expect(r.explanation.en).toContain('brings it into the network');
    }
    expect(recs.map((r) => r.score)).toEqual([...recs.map((r) => r.score)].sort((x, y) => y - x));
  });

  it('names shared partners for a well-connected actor and excludes its current partners', () => {
    const a = ag.adjacency.indexOf.get('org-buurtwerk-brugge') as number;
    const recs = recommendPartners(ctx, { actorId: 'org-buurtwerk-brugge', areaId: 'nbh-brugge-kristus-koning', coverage: nestedCoverage(ag, 'nbh-brugge-kristus-koning'), weights: defaultRecommendWeights, limit: 10 });
    const partners = new Set(ag.adjacency.neighbours.subarray(ag.adjacency.offsets[a], ag.adjacency.offsets[a + 1]));
    expect(recs.every((r) => !partners.has(r.b) && ctx.areasOf(r.b).has('nbh-brugge-kristus-koning'))).toBe(true);
    const withShared = recs.find((r) => r.structural.shared.length > 0);
    expect(withShared).toBeDefined();
    const first = withShared?.structural.shared[0] as number;
    expect(withShared?.explanation.en).toContain(ctx.actorAt(first).name);
  });

  it('ranks by value with all weight on bridging: isolated actors first', () => {
    const recs = recommendPartners(ctx, { actorId: 'org-sociaal-huis-oostende', areaId: null, coverage: null, weights: { complementarity: 0, bridging: 1, formalInformal: 0 }, ranking: 'VALUABLE', limit: 3 });
    expect(recs.every((r) => r.bridging.score === 1)).toBe(true);
  });

  it('ranks by likelihood when asked, and says the two sides apart', () => {
    const recs = recommendPartners(ctx, { actorId: 'org-buurtwerk-brugge', areaId: null, coverage: null, weights: defaultRecommendWeights, ranking: 'LIKELY', limit: 10 });
    const probabilities = recs.map((r) => r.likelihood.probability);
    expect(probabilities).toEqual([...probabilities].sort((x, y) => y - x));
    expect(recs[0]!.relativeLikelihood).toBe(1);
    for (const r of recs) {
      expect(r.explanation.nl).toBe(`Kans: ${r.likelihoodExplanation.nl} Waarde: ${r.valueExplanation.nl}`);
      expect(r.explanation.en).toBe(`Likelihood: ${r.likelihoodExplanation.en} Value: ${r.valueExplanation.en}`);
      // Shared partners are a likelihood reason, never a value reason.
      expect(r.valueExplanation.nl).not.toContain('gemeenschappelijke');
    }
  });

  it('only recommends partners an accepted recommendation could be recorded with', () => {
    for (const actor of ag.subgraph.nodes.filter((n) => ag.adjacency.indexOf.has(n.id))) {
      for (const ranking of ['BALANCED', 'LIKELY', 'VALUABLE'] as const) {
        for (const r of recommendPartners(ctx, { actorId: actor.id, areaId: null, coverage: null, weights: defaultRecommendWeights, ranking, limit: 10 })) {
          expect(endpointKindProblem('PARTNERS_WITH', actor.kind, ctx.actorAt(r.b).kind), `${actor.id} -> ${idOf(r.b)}`).toBeNull();
        }
      }
    }
  });

  it('puts a partner that brings it into the network in the top 3 for every isolated actor (balanced)', () => {
    for (const gap of findGaps(ag).filter((g) => g.kind === 'ISOLATED_ACTOR')) {
      const id = gap.actorIds[0]!;
      const recs = recommendPartners(ctx, { actorId: id, areaId: null, coverage: null, weights: defaultRecommendWeights, limit: 3 });
      expect(recs.some((r) => r.bridging.effect === 'BRINGS_IN_ISOLATED' && r.value > 0.5), id).toBe(true);
    }
  });
});

describe('suggestCollaborations on the demo', () => {
  it('suggests a housing actor for the neighbourhood without housing, naming the gap', () => {
    const area = 'nbh-brugge-kristus-koning';
    const gaps = findGaps(ag).filter((g) => g.areaIds.includes(area));
    const suggestions = suggestCollaborations(ctx, { areaId: area, coverage: nestedCoverage(ag, area), gaps, weights: defaultRecommendWeights, limit: 10 });
    const housing = suggestions.find((s) => s.gap.kind === 'DOMAIN_ABSENT' && ctx.actorAt(s.b).domains.includes('HOUSING'));
    expect(housing).toBeDefined();
    expect(housing?.explanation.en).toMatch(/Closes the gap "Missing life domains"/);
    expect(housing?.valueExplanation.en).toMatch(/^Closes the gap "Missing life domains"/);
    expect(housing?.explanation.nl).toContain('wonen');
    // The lack is claimed for the neighbourhood asked about, named, and matches its coverage.
    expect(housing?.complementarity.area?.areaId).toBe(area);
    expect(housing?.explanation.nl).toContain('dat in Kristus-Koning (alle ooit geregistreerde relaties) ontbreekt');
    for (const s of suggestions) for (const d of s.complementarity.areaMissingDomains) expect(nestedCoverage(ag, area).missingDomains).toContain(d);
    // Every pair has an end in the neighbourhood and is suggested once.
    const keys = suggestions.map((s) => [s.a, s.b].sort().join('-'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(suggestions.every((s) => ctx.areasOf(s.a).has(area) || ctx.areasOf(s.b).has(area))).toBe(true);
  });
});

describe('claims about what an area lacks', () => {
  it('never says Kristus-Koning lacks education or children 0-12: its school covers both', () => {
    const coverage = nestedCoverage(ag, 'nbh-brugge-kristus-koning');
    expect(coverage.missingDomains).not.toContain('EDUCATION');
    const recs = recommendPartners(ctx, { actorId: 'org-buurtwerk-brugge', areaId: null, coverage, weights: defaultRecommendWeights, limit: 20 });
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(r.complementarity.areaMissingDomains).not.toContain('EDUCATION');
      expect(r.complementarity.areaMissingTargetGroups).not.toContain('CHILDREN_0_12');
    }
  });

  it("an actor's own neighbourhood only when it has exactly one: Buurtwerk Brugge works in four", () => {
    const at = (id: string) => ag.adjacency.indexOf.get(id) as number;
    expect(onlyDeepestArea(ctx, at('org-buurtwerk-brugge'))).toBeNull();
    expect(onlyDeepestArea(ctx, at('ini-huiswerk-kristus-koning'))).toBe('nbh-brugge-kristus-koning');
  });

  it('claims no lack without an area, naming none', () => {
    const recs = recommendPartners(ctx, { actorId: 'org-buurtwerk-brugge', areaId: null, coverage: null, weights: defaultRecommendWeights, limit: 20 });
    expect(recs.every((r) => r.complementarity.areaMissingDomains.length === 0 && r.complementarity.areaMissingTargetGroups.length === 0)).toBe(true);
    expect(recs.some((r) => /ontbreekt|niemand bedient/.test(r.explanation.nl))).toBe(false);
  });

  it('speaks of the area asked about, not of another neighbourhood both happen to share', () => {
    const area = 'nbh-brugge-assebroek';
    const gaps = findGaps(ag).filter((g) => g.areaIds.includes(area));
    const suggestions = suggestCollaborations(ctx, { areaId: area, coverage: nestedCoverage(ag, area), gaps, weights: defaultRecommendWeights, limit: 10 });
    const elsewhere = suggestions.filter((s) => {
      const shared = s.proximity.sharedAreaId;
      return shared !== null && shared !== area && ctx.ag.actors.get(shared)?.kind === 'Neighbourhood';
    });
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const s of elsewhere) {
      const shared = ctx.ag.actors.get(s.proximity.sharedAreaId as string)?.name as string;
      expect(s.explanation.nl).not.toContain(`Beide zijn actief in ${shared}.`);
      expect(s.explanation.nl).toContain('actief in Assebroek');
    }
  });
});
