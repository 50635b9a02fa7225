import { describe, expect, it } from 'vitest';
import { networkFixture } from '../../graph/network.fixture';
import { tieArrow, tiesByKind } from './ties';

describe('tiesByKind', () => {
  it("groups an actor's ties by relation kind in schema order, with the partner and direction", () => {
    const network = networkFixture();
    const groups = tiesByKind('org-caw', network.relations, network.nodes, 'nl');
    expect(groups.map(([kind]) => kind)).toEqual(['PARTNERS_WITH', 'REFERS_TO', 'LOCATED_IN']);
    const [, partners] = groups[0]!;
    expect(partners.map((tie) => [tie.partnerId, tie.outgoing, tie.partner?.name])).toEqual([['bi-buren', true, 'Name of bi-buren']]);
    const incoming = tiesByKind('bi-buren', network.relations, network.nodes, 'nl');
    expect(incoming).toHaveLength(1);
    expect(incoming[0]![1][0]!.outgoing).toBe(false);
  });

  it('keeps a tie whose partner is not drawn, named by id', () => {
    const network = networkFixture();
    const groups = tiesByKind('org-caw', network.relations, network.nodes.slice(0, 2), 'nl');
    const located = groups.find(([kind]) => kind === 'REFERS_TO')?.[1][0];
    expect(located?.partner).toBeNull();
    expect(located?.partnerId).toBe('org-brugge');
  });
});

describe('tieArrow', () => {
  it('shows the direction of a directed relation from both ends, and none for an undirected one', () => {
    const network = networkFixture();
    const groups = new Map(tiesByKind('org-caw', network.relations, network.nodes, 'nl'));
    expect(tieArrow(groups.get('PARTNERS_WITH')![0]!)).toBe('');
    expect(tieArrow(groups.get('REFERS_TO')![0]!)).toBe('→ ');
    const [, referred] = tiesByKind('org-brugge', network.relations, network.nodes, 'nl').find(([kind]) => kind === 'REFERS_TO')!;
    expect(tieArrow(referred[0]!)).toBe('← ');
  });
});
