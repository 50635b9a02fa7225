import { describe, expect, it } from 'vitest';
import { fixtureActor, fixtureRelation } from '../../graph/network.fixture';
import { areaAbove, parentInTrail } from './area-trail';

describe('areaAbove', () => {
  const network = {
    nodes: [
      fixtureActor('nbh-west', 'Neighbourhood', false, 'West'),
      fixtureActor('mun-oostende', 'Municipality', false, 'Oostende'),
      fixtureActor('mun-bredene', 'Municipality', false, 'Bredene'),
      fixtureActor('org-caw', 'Organisation'),
    ],
    relations: [
      fixtureRelation('LOCATED_IN', 'org-caw', 'nbh-west'),
      fixtureRelation('PART_OF', 'nbh-west', 'mun-oostende'),
      fixtureRelation('PART_OF', 'nbh-west', 'mun-bredene', 'ENDED'),
    ],
  };

  it('is the area an area lies in, not one it lay in before, nor what lies in it', () => {
    expect(areaAbove(network, 'nbh-west')).toEqual({ id: 'mun-oostende', name: 'Oostende', kind: 'Municipality' });
    expect(areaAbove(network, 'mun-oostende')).toBeNull();
  });
});

describe('parentInTrail', () => {
  const trail = [
    { id: 'cz-1', name: 'Zone', kind: 'CareZone' as const },
    { id: 'mun-1', name: 'Gemeente', kind: 'Municipality' as const },
  ];

  it('is the step above the area shown, the whole region (null) above the top, unknown otherwise', () => {
    expect(parentInTrail(trail, 'mun-1')).toBe('cz-1');
    expect(parentInTrail(trail.slice(0, 1), 'cz-1')).toBeNull();
    expect(parentInTrail(null, 'mun-1')).toBeUndefined();
    expect(parentInTrail(trail, 'cz-1')).toBeUndefined();
    expect(parentInTrail([], null)).toBeUndefined();
  });
});
