import { describe, expect, it } from 'vitest';
import { groupsByArea } from './grouping';
import { mergeNetworks, withoutIds } from './merge-network';
import { networkFixture } from './network.fixture';

function withNeighbourhood() {
  const network = networkFixture();
  const base = network.nodes[0]!;
  network.nodes.push({ ...base, id: 'buurt-west', kind: 'Neighbourhood', name: 'West' });
  const relation = network.relations[0]!;
  network.relations.push({ ...relation, id: 'r1', kind: 'PART_OF', source: 'buurt-west', target: 'gem-oostende' });
  network.relations.push({ ...relation, id: 'r2', kind: 'LOCATED_IN', source: 'bi-buren', target: 'buurt-west' });
  network.relations.push({ ...relation, id: 'r3', kind: 'LOCATED_IN', source: 'org-brugge', target: 'buurt-west', status: 'ENDED' });
  return network;
}

describe('groupsByArea', () => {
  it('follows placement relations up to the municipality, through a neighbourhood', () => {
    const groups = groupsByArea(withNeighbourhood(), 'Municipality');
    expect(Object.fromEntries(groups)).toEqual({
      'gem-oostende': 'gem-oostende',
      'org-caw': 'gem-oostende',
      'bi-buren': 'gem-oostende',
      'buurt-west': 'gem-oostende',
      'org-brugge': 'gem-oostende',
    });
  });

  it('groups by neighbourhood, leaving out actors placed in none, and an actor whose placements all ended where it last was', () => {
    const groups = groupsByArea(withNeighbourhood(), 'Neighbourhood');
    expect(Object.fromEntries(groups)).toEqual({ 'bi-buren': 'buurt-west', 'buurt-west': 'buurt-west', 'org-brugge': 'buurt-west' });
  });

  it('ignores an ended placement of an actor placed elsewhere now', () => {
    const network = withNeighbourhood();
    network.nodes.push({ ...network.nodes[0]!, id: 'buurt-oost', kind: 'Neighbourhood', name: 'Oost' });
    network.relations.push({ ...network.relations[0]!, id: 'r4', kind: 'LOCATED_IN', source: 'bi-buren', target: 'buurt-oost', status: 'ENDED' });
    expect(groupsByArea(network, 'Neighbourhood').get('bi-buren')).toBe('buurt-west');
  });

  it('ignores collaboration ties', () => {
    const network = withNeighbourhood();
    expect(groupsByArea(network, 'Neighbourhood').has('org-caw')).toBe(false);
  });
});

describe('mergeNetworks', () => {
  it('adds new actors as boundary partners and new relations, keeping what the base has', () => {
    const base = networkFixture();
    const extra = {
      nodes: [{ ...base.nodes[1]!, name: 'changed' }, { ...base.nodes[1]!, id: 'org-new', boundary: false }],
      relations: [base.relations[0]!, { ...base.relations[0]!, id: 'new-rel', source: 'org-new' }],
    };
    const merged = mergeNetworks(base, extra);
    expect(merged.nodes).toHaveLength(5);
    expect(merged.nodes.find((node) => node.id === 'org-caw')?.name).toBe('Name of org-caw');
    expect(merged.nodes.find((node) => node.id === 'org-new')?.boundary).toBe(true);
    expect(merged.relations.map((relation) => relation.id)).toContain('new-rel');
    expect(merged.relations).toHaveLength(4);
  });

  it('removes deleted actors with their relations', () => {
    const result = withoutIds(networkFixture(), new Set(['org-caw']));
    expect(result.nodes.map((node) => node.id)).toEqual(['gem-oostende', 'bi-buren', 'org-brugge']);
    expect(result.relations).toEqual([]);
  });
});
