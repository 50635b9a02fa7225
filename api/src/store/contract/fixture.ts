import { deriveRelationId, type GraphDocument, type RelationKind } from '@weefsel/graph-schema';

/** The id a relation entry without an explicit id gets (structural relations in the fixture). */
export function rid(kind: RelationKind, source: string, target: string): string {
  return deriveRelationId(kind, source, target);
}

/**
 * A small hand-made network whose scopes and ego networks are worked out by hand in the contract
 * tests. Two care zones; Oostende and Brugge in "Oostkust", Kortrijk in "Zuid-West". Dated
 * relations make the network differ by date:
 * - CAW moved from Assebroek (until 2021-12-31) to Zeebrugge (since 2022-01-01);
 * - Boerenhulp was active in Assebroek 2019-2021 only; the project exists since 2023;
 * - the partnership OCMW Brugge - Buurthuis Kortrijk ended on 2022-06-30;
 * - VVSG coaches Oostende since 2024-01-01;
 * - Brugge funds OCMW Brugge (r12) while OCMW Brugge is also LOCATED_IN Brugge.
 * "Éline Peeters" sorts between "Eerstelijnszone ..." and "Kortrijk" only when accents are folded.
 */
export function fixtureDocument(): GraphDocument {
  return {
    actors: [
      { id: 'cz-noord', kind: 'CareZone', name: 'Eerstelijnszone Oostkust' },
      { id: 'cz-zuid', kind: 'CareZone', name: 'Eerstelijnszone Zuid-West-Vlaanderen' },
      { id: 'm-oostende', kind: 'Municipality', name: 'Oostende', domains: ['WELFARE', 'HOUSING'] },
      { id: 'm-brugge', kind: 'Municipality', name: 'Brugge' },
      { id: 'm-kortrijk', kind: 'Municipality', name: 'Kortrijk' },
      { id: 'n-centrum', kind: 'Neighbourhood', name: 'Oostende Centrum' },
      { id: 'n-mariakerke', kind: 'Neighbourhood', name: 'Mariakerke' },
      { id: 'n-zeebrugge', kind: 'Neighbourhood', name: 'Zeebrugge' },
      { id: 'n-assebroek', kind: 'Neighbourhood', name: 'Assebroek' },
      {
        id: 'o-sociaal-huis',
        kind: 'Organisation',
        name: 'Sociaal Huis Oostende',
        description: 'Geïntegreerd breed onthaal van de stad en het OCMW',
        domains: ['WELFARE', 'CARE'],
        targetGroups: ['POVERTY', 'OLDER_PEOPLE_ALONE'],
        contact: { email: 'onthaal@oostende.example', website: 'https://oostende.example/sociaalhuis' },
      },
      {
        id: 'o-marienstede',
        kind: 'Organisation',
        name: 'Woonzorgcentrum Mariënstede',
        domains: ['CARE', 'HOUSING'],
        targetGroups: ['OLDER_PEOPLE_ALONE'],
      },
      {
        id: 'o-ocmw-brugge',
        kind: 'Organisation',
        name: 'OCMW Brugge',
        domains: ['WELFARE', 'FINANCIAL_RESILIENCE'],
        targetGroups: ['POVERTY'],
      },
      { id: 'o-caw', kind: 'Organisation', name: 'CAW Noord-West-Vlaanderen', domains: ['WELFARE'], targetGroups: ['YOUNG_FAMILIES'] },
      { id: 'o-buurthuis-kortrijk', kind: 'Organisation', name: 'Buurthuis Kortrijk', domains: ['WELFARE', 'LEISURE'] },
      { id: 'o-vvsg', kind: 'Organisation', name: 'VVSG', domains: ['WELFARE'] },
      {
        id: 'ci-buurtbabbel',
        kind: 'CitizenInitiative',
        name: 'Buurtbabbel Mariakerke',
        domains: ['WELFARE', 'LEISURE'],
        targetGroups: ['OLDER_PEOPLE_ALONE'],
      },
      {
        id: 'ci-boerenhulp',
        kind: 'CitizenInitiative',
        name: 'Boerenhulp Assebroek',
        domains: ['WORK'],
        targetGroups: ['VULNERABLE_FARMERS'],
      },
      { id: 'p-zorgzame-buurt', kind: 'Project', name: 'Zorgzame Buurt Centrum', domains: ['CARE', 'WELFARE', 'HOUSING'] },
      {
        id: 'tm-eline',
        kind: 'TransitionManager',
        name: 'Éline Peeters',
        contact: { email: 'eline@example.org', person: 'Éline Peeters' },
      },
    ],
    relations: [
      // Structural: they place actors in areas (ids derived, see `rid`).
      { kind: 'MEMBER_OF', source: 'm-oostende', target: 'cz-noord' },
      { kind: 'MEMBER_OF', source: 'm-brugge', target: 'cz-noord' },
      { kind: 'MEMBER_OF', source: 'm-kortrijk', target: 'cz-zuid' },
      { kind: 'PART_OF', source: 'n-centrum', target: 'm-oostende' },
      { kind: 'PART_OF', source: 'n-mariakerke', target: 'm-oostende' },
      { kind: 'PART_OF', source: 'n-zeebrugge', target: 'm-brugge' },
      { kind: 'PART_OF', source: 'n-assebroek', target: 'm-brugge' },
      { kind: 'LOCATED_IN', source: 'o-sociaal-huis', target: 'n-centrum' },
      { kind: 'LOCATED_IN', source: 'o-marienstede', target: 'n-mariakerke' },
      { kind: 'LOCATED_IN', source: 'o-ocmw-brugge', target: 'm-brugge' },
      { kind: 'LOCATED_IN', source: 'o-caw', target: 'n-assebroek', until: '2021-12-31' },
      { kind: 'LOCATED_IN', source: 'o-caw', target: 'n-zeebrugge', since: '2022-01-01' },
      { kind: 'LOCATED_IN', source: 'o-buurthuis-kortrijk', target: 'm-kortrijk' },
      { kind: 'LOCATED_IN', source: 'ci-buurtbabbel', target: 'n-mariakerke' },
      { kind: 'LOCATED_IN', source: 'p-zorgzame-buurt', target: 'n-centrum', since: '2023-01-01' },
      { kind: 'ACTIVE_IN', source: 'ci-boerenhulp', target: 'n-assebroek', since: '2019-01-01', until: '2021-12-31' },
      { kind: 'ACTIVE_IN', source: 'tm-eline', target: 'cz-noord', since: '2022-09-01' },
      // Collaboration ties.
      { id: 'r1', kind: 'PARTNERS_WITH', source: 'o-sociaal-huis', target: 'o-marienstede', since: '2020-01-01' },
      { id: 'r2', kind: 'LEAD_OF', source: 'o-sociaal-huis', target: 'p-zorgzame-buurt', since: '2023-01-01' },
      { id: 'r3', kind: 'PARTNERS_WITH', source: 'ci-buurtbabbel', target: 'p-zorgzame-buurt', since: '2023-03-01' },
      { id: 'r4', kind: 'COACHES', source: 'tm-eline', target: 'p-zorgzame-buurt', since: '2023-06-01' },
      {
        id: 'r5',
        kind: 'FUNDS',
        source: 'm-oostende',
        target: 'p-zorgzame-buurt',
        since: '2023-01-01',
        until: '2024-12-31',
        weight: 2.5,
      },
      { id: 'r6', kind: 'PARTNERS_WITH', source: 'o-ocmw-brugge', target: 'o-sociaal-huis', note: 'Gedeeld onthaal' },
      { id: 'r7', kind: 'PARTNERS_WITH', source: 'o-ocmw-brugge', target: 'o-buurthuis-kortrijk', until: '2022-06-30' },
      { id: 'r8', kind: 'FUNDS', source: 'o-ocmw-brugge', target: 'ci-boerenhulp', since: '2019-01-01', until: '2021-12-31' },
      { id: 'r9', kind: 'REFERS_TO', source: 'o-caw', target: 'o-sociaal-huis', since: '2021-01-01' },
      { id: 'r10', kind: 'COACHES', source: 'o-vvsg', target: 'm-oostende', since: '2024-01-01' },
      { id: 'r11', kind: 'PARTNERS_WITH', source: 'o-buurthuis-kortrijk', target: 'm-kortrijk' },
      // Both ends are also tied structurally (LOCATED_IN): ego networks must include that relation.
      { id: 'r12', kind: 'FUNDS', source: 'm-brugge', target: 'o-ocmw-brugge', since: '2020-01-01' },
    ],
  };
}

export const fixtureCounts = { actors: 19, relations: 29 } as const;
