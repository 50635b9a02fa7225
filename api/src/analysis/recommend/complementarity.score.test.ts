import { describe, expect, it } from 'vitest';
import { actor } from '../fixtures/classic-graphs';
import { coverageOf } from '../coverage/area-coverage';
import { complementarityScore } from './complementarity.score';

const careActor = actor('care', { domains: ['CARE'], targetGroups: ['OLDER_PEOPLE_ALONE'] });

describe('complementarityScore', () => {
  it('names the domains and target groups the candidate adds for the actor', () => {
    const c = complementarityScore(careActor, actor('x', { domains: ['CARE', 'HOUSING'], targetGroups: ['OLDER_PEOPLE_ALONE', 'YOUTH_12_18'] }), null);
    expect(c.newDomains).toEqual(['HOUSING']);
    expect(c.newTargetGroups).toEqual(['YOUTH_12_18']);
    expect(c.areaMissingDomains).toEqual([]);
    expect(c.score).toBeCloseTo((1 + 0.5) / 2 / 2, 12);
  });

  it('weighs what the neighbourhood lacks: a missing domain counts fully', () => {
    const area = coverageOf({ id: 'nbh', name: 'Wijk' }, '2026-12-03', [careActor]);
    const housing = complementarityScore(careActor, actor('h', { domains: ['HOUSING'] }), area);
    expect(housing.areaMissingDomains).toEqual(['HOUSING']);
    expect(housing.area).toBe(area);
    const same = complementarityScore(careActor, actor('c2', { domains: ['CARE'] }), area);
    expect(same.score).toBe(0);
    expect(housing.score).toBeGreaterThan(0.5);
  });
});
