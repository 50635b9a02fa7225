import { INI, ORG, PRJ, type ActorRow, type GraphBuilder, type TieRow } from './graph-builder';

const antwerp = (name: string) => `nbh-antwerpen-${name}`;
const zoersel = (name: string) => `nbh-zoersel-${name}`;

/**
 * Two examples from the seed documents: in Antwerpen, CAW Antwerpen's family coaches under the
 * direction of the city (from pregnancy to age 3); in Zoersel, the integrated broad intake
 * (geïntegreerd breed onthaal) against under-protection, a project that ran until April 2018 and was
 * then embedded under the decree on local social policy.
 */
const actors: readonly ActorRow[] = [
  [ORG, 'org-caw-antwerpen', 'CAW Antwerpen', { domains: ['WELFARE', 'HOUSING', 'FINANCIAL_RESILIENCE'], targetGroups: ['POVERTY', 'YOUNG_FAMILIES', 'YOUNG_ADULTS_18_25', 'NEWCOMERS'], locatedIn: 'mun-antwerpen', activeIn: [antwerp('antwerpen-noord'), antwerp('borgerhout'), antwerp('kiel')] }],
  [PRJ, 'prj-gezinscoaches-antwerpen', 'Gezinscoaches: van zwangerschap tot 3 jaar', { description: 'Sluitende aanpak voor kwetsbare (aanstaande) gezinnen met jonge kinderen, tegen de versnippering van het aanbod.', domains: ['WELFARE', 'CARE', 'HOUSING', 'FINANCIAL_RESILIENCE'], targetGroups: ['YOUNG_FAMILIES', 'CHILDREN_0_12', 'POVERTY'], locatedIn: 'mun-antwerpen', activeIn: [antwerp('antwerpen-noord'), antwerp('borgerhout'), antwerp('kiel'), antwerp('deurne-noord')], since: '2018-01-01' }],
  [ORG, 'org-huis-van-het-kind-antwerpen', 'Huis van het Kind Antwerpen', { domains: ['WELFARE', 'CARE', 'EDUCATION'], targetGroups: ['YOUNG_FAMILIES', 'CHILDREN_0_12'], locatedIn: 'mun-antwerpen' }],
  [ORG, 'org-opgroeien-antwerpen', 'Opgroeien (Kind en Gezin) regio Antwerpen', { domains: ['CARE', 'WELFARE'], targetGroups: ['YOUNG_FAMILIES', 'CHILDREN_0_12'], locatedIn: 'mun-antwerpen' }],
  [ORG, 'org-zna-kraamzorg', 'ZNA, materniteit', { domains: ['CARE'], targetGroups: ['YOUNG_FAMILIES'], locatedIn: antwerp('kiel') }],
  [ORG, 'org-vroedvrouwen-borgerhout', 'Vroedvrouwenpraktijk Borgerhout', { domains: ['CARE'], targetGroups: ['YOUNG_FAMILIES'], locatedIn: antwerp('borgerhout'), since: '2019-01-01' }],
  [ORG, 'org-ocmw-antwerpen', 'OCMW Antwerpen (Sociaal Huis)', { domains: ['WELFARE', 'HOUSING', 'FINANCIAL_RESILIENCE'], targetGroups: ['POVERTY', 'NEWCOMERS'], locatedIn: 'mun-antwerpen' }],
  [ORG, 'org-kauwenberg', 'Centrum Kauwenberg', { description: 'Vorming met en voor mensen in armoede.', domains: ['EDUCATION', 'WELFARE'], targetGroups: ['POVERTY'], locatedIn: antwerp('antwerpen-noord') }],
  [ORG, 'org-atlas-antwerpen', 'Atlas, integratie en inburgering Antwerpen', { domains: ['EDUCATION', 'WORK'], targetGroups: ['NEWCOMERS'], locatedIn: 'mun-antwerpen' }],
  [ORG, 'org-woonhaven-antwerpen', 'Woonhaven Antwerpen (sociale huisvesting)', { domains: ['HOUSING'], targetGroups: ['POVERTY', 'YOUNG_FAMILIES'], locatedIn: 'mun-antwerpen', activeIn: [antwerp('kiel'), antwerp('linkeroever'), antwerp('hoboken')] }],
  [ORG, 'org-kinderopvang-deurne-noord', 'Kinderopvang Deurne-Noord', { domains: ['EDUCATION', 'WELFARE'], targetGroups: ['CHILDREN_0_12', 'YOUNG_FAMILIES'], locatedIn: antwerp('deurne-noord') }],
  [INI, 'ini-moedergroep-kiel', 'Moedergroep Kiel', { domains: ['WELFARE', 'LEISURE'], targetGroups: ['YOUNG_FAMILIES', 'NEWCOMERS'], locatedIn: antwerp('kiel'), since: '2020-02-01' }],
  [INI, 'ini-speelstraat-hoboken', 'Speelstraat Hoboken', { domains: ['LEISURE', 'MOBILITY', 'SAFETY'], targetGroups: ['CHILDREN_0_12'], locatedIn: antwerp('hoboken') }],
  [INI, 'ini-buurtvaders-borgerhout', 'Buurtvaders Borgerhout', { domains: ['SAFETY', 'WELFARE'], targetGroups: ['YOUTH_12_18', 'YOUTH_BEHAVIOURAL'], locatedIn: antwerp('borgerhout') }],
  [ORG, 'org-sociaal-huis-zoersel', 'Sociaal Huis Zoersel', { description: 'Geïntegreerd breed onthaal: één loket voor vragen over rechten, schulden, zorg en wonen.', domains: ['WELFARE', 'FINANCIAL_RESILIENCE', 'HOUSING', 'CARE'], targetGroups: ['POVERTY', 'OLDER_PEOPLE_ALONE', 'DISABILITY'], locatedIn: zoersel('zoersel-dorp'), activeIn: [zoersel('halle'), zoersel('sint-antonius')] }],
  [PRJ, 'prj-gbo-zoersel-pilot', 'Geïntegreerd breed onthaal Zoersel (proefproject)', { domains: ['WELFARE', 'FINANCIAL_RESILIENCE'], targetGroups: ['POVERTY'], locatedIn: 'mun-zoersel', since: '2016-05-01', exists: { since: '2016-05-01', until: '2018-04-30' } }],
  [PRJ, 'prj-gbo-zoersel', 'Breed onthaal Zoersel-Malle', { description: 'Het breed onthaal na de proefprojecten, ingebed in het lokaal sociaal beleid.', domains: ['WELFARE', 'FINANCIAL_RESILIENCE', 'CARE'], targetGroups: ['POVERTY', 'OLDER_PEOPLE_ALONE', 'CHRONICALLY_ILL'], locatedIn: 'mun-zoersel', activeIn: ['mun-malle'], since: '2018-05-01' }],
  [ORG, 'org-caw-de-kempen', 'CAW De Kempen', { domains: ['WELFARE', 'HOUSING'], targetGroups: ['POVERTY', 'YOUNG_ADULTS_18_25'], activeIn: ['mun-zoersel', 'mun-malle'] }],
  [ORG, 'org-cm-antwerpen', 'CM Antwerpen (mutualiteit)', { domains: ['CARE', 'FINANCIAL_RESILIENCE'], targetGroups: ['CHRONICALLY_ILL', 'DISABILITY'], activeIn: ['cz-voorkempen', 'cz-antwerpen'] }],
  [ORG, 'org-sociaal-huis-malle', 'Sociaal Huis Malle', { domains: ['WELFARE'], targetGroups: ['POVERTY'], locatedIn: 'mun-malle' }],
  [ORG, 'org-wzc-zoersel', 'Woonzorgcentrum Sint-Antonius', { domains: ['CARE', 'HOUSING'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: zoersel('sint-antonius') }],
  [INI, 'ini-burenhulp-halle', 'Burenhulp Halle', { domains: ['WELFARE', 'MOBILITY'], targetGroups: ['OLDER_PEOPLE_ALONE', 'FAMILY_CARERS'], locatedIn: zoersel('halle'), since: '2019-02-01' }],
];

const ties: readonly TieRow[] = [
  ['org-caw-antwerpen', 'LEAD_OF', 'prj-gezinscoaches-antwerpen', '2018-01-01'],
  ['mun-antwerpen', 'COORDINATES', 'prj-gezinscoaches-antwerpen', '2018-01-01'],
  ['mun-antwerpen', 'FUNDS', 'prj-gezinscoaches-antwerpen', '2018-01-01'],
  ['org-huis-van-het-kind-antwerpen', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2018-01-01'],
  ['org-opgroeien-antwerpen', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2018-01-01'],
  ['org-zna-kraamzorg', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2019-01-01'],
  ['org-vroedvrouwen-borgerhout', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2019-01-01'],
  ['org-ocmw-antwerpen', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2018-01-01'],
  ['org-woonhaven-antwerpen', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2020-01-01'],
  ['org-kinderopvang-deurne-noord', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2021-09-01'],
  ['org-kauwenberg', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2019-01-01', '2022-12-31'],
  ['org-zna-kraamzorg', 'REFERS_TO', 'org-caw-antwerpen', '2019-01-01'],
  ['org-vroedvrouwen-borgerhout', 'REFERS_TO', 'org-caw-antwerpen', '2019-01-01'],
  ['org-opgroeien-antwerpen', 'REFERS_TO', 'org-caw-antwerpen', '2018-01-01'],
  ['org-caw-antwerpen', 'REFERS_TO', 'org-kinderopvang-deurne-noord', '2021-09-01'],
  ['org-caw-antwerpen', 'REFERS_TO', 'org-atlas-antwerpen', '2019-01-01'],
  ['org-caw-antwerpen', 'PARTNERS_WITH', 'org-ocmw-antwerpen', '2018-01-01'],
  ['org-huis-van-het-kind-antwerpen', 'PARTNERS_WITH', 'org-opgroeien-antwerpen', '2018-01-01'],
  ['mun-antwerpen', 'PARTNERS_WITH', 'org-ocmw-antwerpen', '2019-01-01'],
  ['mun-antwerpen', 'FUNDS', 'org-huis-van-het-kind-antwerpen', '2019-01-01'],
  ['mun-antwerpen', 'PARTNERS_WITH', 'cz-antwerpen', '2020-01-01'],
  ['org-ocmw-antwerpen', 'PARTNERS_WITH', 'org-woonhaven-antwerpen', '2019-01-01'],
  ['org-atlas-antwerpen', 'PARTNERS_WITH', 'ini-moedergroep-kiel', '2020-02-01'],
  ['org-huis-van-het-kind-antwerpen', 'PARTNERS_WITH', 'ini-moedergroep-kiel', '2020-02-01'],
  ['ini-speelstraat-hoboken', 'PARTNERS_WITH', 'mun-antwerpen', '2021-05-01', '2021-09-30'],
  ['ini-buurtvaders-borgerhout', 'PARTNERS_WITH', 'org-caw-antwerpen', '2019-01-01'],
  ['org-cm-antwerpen', 'PARTNERS_WITH', 'cz-antwerpen', '2020-01-01'],
  ['org-vvsg', 'COACHES', 'mun-antwerpen', '2019-01-01'],
  ['org-sociaal-huis-zoersel', 'LEAD_OF', 'prj-gbo-zoersel-pilot', '2016-05-01', '2018-04-30'],
  ['org-caw-de-kempen', 'PARTNERS_WITH', 'prj-gbo-zoersel-pilot', '2016-05-01', '2018-04-30'],
  ['org-cm-antwerpen', 'PARTNERS_WITH', 'prj-gbo-zoersel-pilot', '2016-05-01', '2018-04-30'],
  ['org-departement-zorg', 'FUNDS', 'prj-gbo-zoersel-pilot', '2016-05-01', '2018-04-30'],
  ['org-sociaal-huis-zoersel', 'LEAD_OF', 'prj-gbo-zoersel', '2018-05-01'],
  ['org-caw-de-kempen', 'PARTNERS_WITH', 'prj-gbo-zoersel', '2018-05-01'],
  ['org-cm-antwerpen', 'PARTNERS_WITH', 'prj-gbo-zoersel', '2018-05-01'],
  ['org-sociaal-huis-malle', 'PARTNERS_WITH', 'prj-gbo-zoersel', '2019-01-01'],
  ['org-wzc-zoersel', 'PARTNERS_WITH', 'prj-gbo-zoersel', '2020-01-01'],
  ['mun-zoersel', 'FUNDS', 'prj-gbo-zoersel', '2018-05-01'],
  ['mun-zoersel', 'PARTNERS_WITH', 'org-sociaal-huis-zoersel', '2019-01-01'],
  ['mun-zoersel', 'PARTNERS_WITH', 'cz-voorkempen', '2020-01-01'],
  ['mun-malle', 'PARTNERS_WITH', 'org-sociaal-huis-malle', '2019-01-01'],
  ['org-sociaal-huis-zoersel', 'REFERS_TO', 'org-caw-de-kempen', '2018-05-01'],
  ['org-caw-de-kempen', 'REFERS_TO', 'org-sociaal-huis-zoersel', '2018-05-01'],
  ['org-sociaal-huis-zoersel', 'PARTNERS_WITH', 'ini-burenhulp-halle', '2019-02-01'],
  ['org-wzc-zoersel', 'PARTNERS_WITH', 'org-sociaal-huis-zoersel', '2019-01-01'],
  ['org-wzc-zoersel', 'PARTNERS_WITH', 'cz-voorkempen', '2020-01-01'],
  ['org-atlas-antwerpen', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2024-01-01'],
  ['ini-moedergroep-kiel', 'PARTNERS_WITH', 'prj-gezinscoaches-antwerpen', '2023-09-01'],
  ['ini-burenhulp-halle', 'REFERS_TO', 'org-wzc-zoersel', '2025-03-01'],
];

export function addAntwerpenKempen(b: GraphBuilder): void {
  b.placedAll(actors);
  b.ties(ties);
  // A summer play street: the same partnership again a year later, so it needs its own id.
  b.tie('ini-speelstraat-hoboken', 'PARTNERS_WITH', 'mun-antwerpen', '2022-05-01', { until: '2022-09-30', idSuffix: '2022' });
}
