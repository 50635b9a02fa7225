import { describe, expect, it } from 'vitest';
import { emptyFilter, filterNetwork, isFilterActive } from './network-filter';
import { networkFixture } from './network.fixture';

function fixture() {
  const network = networkFixture();
  network.nodes[1] = { ...network.nodes[1]!, domains: ['WELFARE', 'HOUSING'], targetGroups: ['POVERTY'] };
  network.nodes[2] = { ...network.nodes[2]!, domains: ['LEISURE'], targetGroups: ['OLDER_PEOPLE_ALONE'] };
  network.nodes[3] = { ...network.nodes[3]!, domains: ['CARE'], targetGroups: ['POVERTY'] };
  return network;
}
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('filterNetwork', () => {
  it('returns the network unchanged without a filter', () => {
    const network = fixture();
    expect(isFilterActive(emptyFilter)).toBe(false);
    expect(filterNetwork(network, emptyFilter)).toBe(network);
  });

  it('keeps actors of the chosen kinds and only the relations between kept actors', () => {
    const result = filterNetwork(fixture(), { ...emptyFilter, kinds: ['Organisation'] });
    expect(ids(result.nodes)).toEqual(['org-caw', 'org-brugge']);
    expect(result.relations.map((relation) => relation.kind)).toEqual(['REFERS_TO']);
  });

  it('matches any of the chosen domains, and combines properties with AND', () => {
    expect(ids(filterNetwork(fixture(), { ...emptyFilter, domains: ['HOUSING', 'LEISURE'] }).nodes)).toEqual(['org-caw', 'bi-buren']);
    const both = filterNetwork(fixture(), { ...emptyFilter, domains: ['HOUSING', 'CARE'], targetGroups: ['POVERTY'], kinds: ['Organisation'] });
    expect(ids(both.nodes)).toEqual(['org-caw', 'org-brugge']);
    expect(ids(filterNetwork(fixture(), { ...emptyFilter, targetGroups: ['OLDER_PEOPLE_ALONE'] }).nodes)).toEqual(['bi-buren']);
  });

  it('filters ties by relation kind but keeps the actors', () => {
    const result = filterNetwork(fixture(), { ...emptyFilter, relationKinds: ['PARTNERS_WITH'] });
    expect(result.nodes).toHaveLength(4);
    expect(result.relations.map((relation) => relation.kind)).toEqual(['PARTNERS_WITH']);
  });

  it('drops every actor when no actor matches', () => {
    const result = filterNetwork(fixture(), { ...emptyFilter, domains: ['MOBILITY'] });
    expect(result.nodes).toEqual([]);
    expect(result.relations).toEqual([]);
  });
});
