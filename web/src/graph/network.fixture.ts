import type { Network, NetworkActor, NetworkRelation } from '../api/network.types';

/** An actor for the graph tests: formal, no domains, named "Name of <id>" unless named. */
export function fixtureActor(id: string, kind: NetworkActor['kind'], boundary = false, name = `Name of ${id}`): NetworkActor {
  return { id, kind, name, description: null, formal: true, domains: [], targetGroups: [], personalDataHidden: false, boundary, since: null, until: null };
}

/** A relation for the graph tests, undated, active unless given another status. */
export function fixtureRelation(kind: NetworkRelation['kind'], source: string, target: string, status: NetworkRelation['status'] = 'ACTIVE'): NetworkRelation {
  return { id: `${source}--${kind}--${target}`, kind, source, target, since: null, until: null, weight: null, status, note: null };
}

/** A small network for the graph tests: a municipality, two organisations, one outside partner. */
export function networkFixture(): Network {
  const [actor, relation] = [fixtureActor, fixtureRelation];
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
