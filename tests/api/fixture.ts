import type { GraphDocument } from '@weefsel/graph-schema';

/** A small care zone: enough for every API path, small enough to reason about in each test. */
export const apiFixture: GraphDocument = {
  actors: [
    { id: 'cz-west', kind: 'CareZone', name: 'ELZ Westkust' },
    { id: 'mun-oostende', kind: 'Municipality', name: 'Oostende', domains: ['WELFARE'] },
    { id: 'mun-bredene', kind: 'Municipality', name: 'Bredene' },
    { id: 'nbh-stene', kind: 'Neighbourhood', name: 'Stene' },
    { id: 'org-sociaal-huis', kind: 'Organisation', name: 'Sociaal Huis Oostende', domains: ['WELFARE', 'FINANCIAL_RESILIENCE'] },
    { id: 'org-caw', kind: 'Organisation', name: 'CAW Noord-West-Vlaanderen', domains: ['WELFARE', 'HOUSING'] },
    { id: 'ci-marienstede', kind: 'CitizenInitiative', name: 'Buurtnetwerk Mariënstede', targetGroups: ['OLDER_PEOPLE_ALONE'] },
    { id: 'org-bredene-oc', kind: 'Organisation', name: 'Dienstencentrum Bredene', domains: ['CARE'] },
  ],
  relations: [
    { kind: 'MEMBER_OF', source: 'mun-oostende', target: 'cz-west', since: '2020-01-01' },
    { kind: 'MEMBER_OF', source: 'mun-bredene', target: 'cz-west', since: '2020-01-01' },
    { kind: 'PART_OF', source: 'nbh-stene', target: 'mun-oostende' },
    { kind: 'LOCATED_IN', source: 'org-sociaal-huis', target: 'mun-oostende' },
    { kind: 'LOCATED_IN', source: 'ci-marienstede', target: 'nbh-stene' },
    { kind: 'LOCATED_IN', source: 'org-bredene-oc', target: 'mun-bredene' },
    { kind: 'ACTIVE_IN', source: 'org-caw', target: 'cz-west' },
    { kind: 'PARTNERS_WITH', source: 'org-sociaal-huis', target: 'ci-marienstede', since: '2021-03-01' },
    { kind: 'REFERS_TO', source: 'org-sociaal-huis', target: 'org-caw', since: '2019-01-01', until: '2022-12-31' },
    { kind: 'PARTNERS_WITH', source: 'org-caw', target: 'org-bredene-oc', since: '2023-01-01' },
  ],
};
