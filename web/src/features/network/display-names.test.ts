import { describe, expect, it } from 'vitest';
import type { Network, NetworkActor } from '../../api/network.types';
import { withDisplayNames } from './display-names';

const actor = (id: string, kind: NetworkActor['kind'], name: string, personalDataHidden: boolean): NetworkActor => ({
  id, kind, name, personalDataHidden, description: null, formal: true, domains: [], targetGroups: [], boundary: false, since: null, until: null,
});

describe('withDisplayNames', () => {
  const network: Network = {
    areaId: null, areaKind: null, asOf: null, relations: [],
    nodes: [actor('tm', 'TransitionManager', 'Transitiemanager', true), actor('o', 'Organisation', 'CAW', false)],
  };

  it('shows a hidden person by the kind label of the UI language', () => {
    expect(withDisplayNames(network, 'en').nodes.map((n) => n.name)).toEqual(['Transition manager', 'CAW']);
    expect(withDisplayNames(network, 'nl').nodes.map((n) => n.name)).toEqual(['Transitiemanager', 'CAW']);
  });

  it('leaves a network without hidden data as it is (same object)', () => {
    const open = { ...network, nodes: [actor('tm', 'TransitionManager', 'Lotte Voorbeeld', false)] };
    expect(withDisplayNames(open, 'en')).toBe(open);
  });
});
