import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { coverageOf, lacksFilledBy } from './area-coverage';
import { nestedCoverage, scopeCoverage } from './area-members';
import { longDate, whereAndWhen } from './where-and-when';

const school = actor('school', { domains: ['EDUCATION', 'EDUCATION'], targetGroups: ['CHILDREN_0_12'] });
const care = actor('care', { domains: ['CARE'] });

describe('coverageOf', () => {
  const coverage = coverageOf({ id: 'nbh', name: 'Wijk' }, '2026-12-03', [school, care]);

  it('counts each actor once per domain and lists what nobody covers, in graph-schema order', () => {
    expect(coverage.domains.find((c) => c.value === 'EDUCATION')?.actorCount).toBe(1);
    expect(coverage.missingDomains).not.toContain('EDUCATION');
    expect(coverage.missingDomains).toContain('HOUSING');
    expect(coverage.missingDomains.indexOf('WELFARE')).toBeLessThan(coverage.missingDomains.indexOf('HOUSING'));
    expect(coverage.missingTargetGroups).not.toContain('CHILDREN_0_12');
    expect(coverage).toMatchObject({ areaId: 'nbh', areaName: 'Wijk', asOf: '2026-12-03', actorCount: 2 });
  });

  it('a candidate fills only what the area lacks', () => {
    expect(lacksFilledBy(coverage, actor('lib', { domains: ['EDUCATION', 'LEISURE'], targetGroups: ['CHILDREN_0_12', 'NEWCOMERS'] }))).toEqual({
      domains: ['LEISURE'],
      targetGroups: ['NEWCOMERS'],
    });
  });
});

describe('members of an area', () => {
  // nbh in mun; school and care in nbh; an outside partner of the school; housing elsewhere in mun.
  const nodes = [
    actor('mun', { kind: 'Municipality' }),
    actor('nbh', { kind: 'Neighbourhood', name: 'Wijk' }),
    school,
    care,
    actor('housing', { domains: ['HOUSING'] }),
    actor('outside', { domains: ['WORK'], boundary: true }),
  ];
  const relations = [
    relation('nbh', 'mun', { kind: 'PART_OF' }),
    relation('school', 'nbh', { kind: 'LOCATED_IN' }),
    relation('care', 'nbh', { kind: 'ACTIVE_IN' }),
    relation('housing', 'mun', { kind: 'LOCATED_IN' }),
    relation('school', 'outside'),
  ];

  it('nested in a larger scope, counts the actors placed in the area and no outside partner', () => {
    const ag = buildAnalysisGraph({ areaId: 'mun', areaKind: 'Municipality', asOf: '2025-01-01', nodes, relations });
    const nested = nestedCoverage(ag, 'nbh');
    expect(nested.actorCount).toBe(3);
    expect(nested.missingDomains).toContain('HOUSING');
    expect(nested.missingDomains).toContain('WORK');
    expect(nested.asOf).toBe('2025-01-01');
  });

  it("as the scope itself, gives the same answer as nested: the store's members", () => {
    const own = { areaId: 'nbh', areaKind: 'Neighbourhood' as const, asOf: '2025-01-01', nodes: nodes.filter((n) => ['nbh', 'school', 'care', 'outside'].includes(n.id)), relations };
    const ag = buildAnalysisGraph({ areaId: 'mun', areaKind: 'Municipality', asOf: '2025-01-01', nodes, relations });
    expect(scopeCoverage(own)).toEqual(nestedCoverage(ag, 'nbh'));
  });
});

describe('where and when', () => {
  it('names the area and the day in each language', () => {
    expect(longDate('2026-12-03', 'nl')).toBe('3 december 2026');
    expect(longDate('2026-12-03', 'en')).toBe('3 December 2026');
    expect(whereAndWhen({ areaName: 'Kristus-Koning', asOf: '2026-12-03' }, 'nl')).toBe('in Kristus-Koning op 3 december 2026');
    expect(whereAndWhen({ areaName: 'Kristus-Koning', asOf: '2026-01-01' }, 'en')).toBe('in Kristus-Koning on 1 January 2026');
    expect(whereAndWhen({ areaName: null, asOf: null }, 'nl')).toBe('in het hele netwerk (alle ooit geregistreerde relaties)');
  });
});
