import { describe, expect, it } from 'vitest';
import { areaCoverage, suggestionHighlight } from './coverage';

type D = 'CARE' | 'HOUSING' | 'WELFARE';
type T = 'POVERTY' | 'NEWCOMERS';
const node = (boundary: boolean, domains: D[], targetGroups: T[]) => ({ boundary, domains, targetGroups });

describe('area coverage', () => {
  const coverage = areaCoverage<D, T>(
    [node(false, ['CARE', 'WELFARE'], ['POVERTY']), node(false, ['CARE', 'CARE'], []), node(true, ['HOUSING'], ['NEWCOMERS'])],
    ['CARE', 'HOUSING', 'WELFARE'],
    ['POVERTY', 'NEWCOMERS'],
  );

  it('counts inside actors per domain and target group, in the order given, each actor once', () => {
    expect(coverage.domains).toEqual([
      { value: 'CARE', actorCount: 2 },
      { value: 'HOUSING', actorCount: 0 },
      { value: 'WELFARE', actorCount: 1 },
    ]);
    expect(coverage.targetGroups).toEqual([
      { value: 'POVERTY', actorCount: 1 },
      { value: 'NEWCOMERS', actorCount: 0 },
    ]);
  });

  it('lists what nobody inside covers; a partner outside the area does not fill the gap', () => {
    expect(coverage.missingDomains).toEqual(['HOUSING']);
    expect(coverage.missingTargetGroups).toEqual(['NEWCOMERS']);
  });

  it('finds everything missing in an empty area', () => {
    const empty = areaCoverage<D, T>([], ['CARE'], ['POVERTY']);
    expect(empty.missingDomains).toEqual(['CARE']);
    expect(empty.missingTargetGroups).toEqual(['POVERTY']);
  });
});

describe('suggestion highlight', () => {
  it('brings forward the two actors of the suggested tie', () => {
    expect(suggestionHighlight({ from: { id: 'caw' }, to: { id: 'club' } }, 'x')).toEqual({ nodes: ['caw', 'club'], edges: [], label: 'x' });
  });
});
