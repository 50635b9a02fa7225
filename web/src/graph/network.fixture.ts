import type { Network, NetworkActor, NetworkRelation } from '../api/network.types';

/** A small network for the graph tests: a municipality, two organisations, one outside partner. */
export function networkFixture(): Network {
  const actor = (id: string, kind: NetworkActor['kind'], boundary = false): NetworkActor => ({
    id,
    kind,
    name: `Name of ${id}`,
    description: null,
    formal: true,
    domains: [],
    targetGroups: [],
    personalDataHidden: false,
    boundary,
  });
  const relation = (kind: NetworkRelation['kind'], source: string, target: string): NetworkRelation => ({
    id: `${source}--${kind}--${target}`,
    kind,
    source,
    target,
    since: null,
    until: null,
    weight: null,
    status: 'ACTIVE',
    note: null,
  });
  return {
    areaId: 'gem-oostende',
    areaKind: 'Municipality',
    asOf: null,
    nodes: [
      actor('gem-oostende', 'Municipality'),
      actor('org-caw', 'Organisation'),
      actor('bi-buren', 'CitizenInitiative'),
      actor('org-brugge', 'Organisation', true),
    ],
    relations: [
      relation('LOCATED_IN', 'org-caw', 'gem-oostende'),
      relation('PARTNERS_WITH', 'org-caw', 'bi-buren'),
      relation('REFERS_TO', 'org-caw', 'org-brugge'),
    ],
  };
}
