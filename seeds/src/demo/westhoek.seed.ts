import { INI, ORG, PRJ, type ActorRow, type GraphBuilder, type TieRow } from './graph-builder';

const nbh = (name: string) => `nbh-diksmuide-${name}`;

/**
 * Diksmuide and the Westkust. The outreach to farmers in a vulnerable situation follows the
 * Diksmuide example in the seed documents. Deliberate weaknesses (see seeds/README.md):
 * - `org-sociaal-huis-diksmuide` is the only link between the farmers' cluster (project, farmers'
 *   organisations, vet, accountant, volunteers) and the rest of the network: an articulation point.
 *   Keep every tie of the cluster inside it or to the Sociaal Huis, or the weakness disappears.
 * - `ini-breigroep-woumen` has no collaboration tie.
 */
const actors: readonly ActorRow[] = [
  [ORG, 'org-sociaal-huis-diksmuide', 'Sociaal Huis Diksmuide', { description: 'Onthaal en OCMW-dienstverlening van de stad Diksmuide; penhouder van het hulpaanbod voor landbouwers.', domains: ['WELFARE', 'FINANCIAL_RESILIENCE', 'HOUSING'], targetGroups: ['POVERTY', 'VULNERABLE_FARMERS', 'OLDER_PEOPLE_ALONE'], locatedIn: nbh('centrum'), activeIn: ['mun-diksmuide'] }],
  [PRJ, 'prj-landbouwers-diksmuide', 'Hulpaanbod voor landbouwers in een kwetsbare situatie', { description: 'Outreachend werken: landbouwers in moeilijkheden opsporen en een hulpaanbod doen.', domains: ['WELFARE', 'ECONOMY', 'FINANCIAL_RESILIENCE'], targetGroups: ['VULNERABLE_FARMERS'], locatedIn: 'mun-diksmuide', activeIn: [nbh('woumen'), nbh('esen'), nbh('beerst'), nbh('keiem')], since: '2019-04-01' }],
  [ORG, 'org-boeren-op-een-kruispunt', 'Boeren op een Kruispunt', { description: 'Begeleidt landbouwers in financiële of persoonlijke moeilijkheden.', domains: ['ECONOMY', 'WELFARE', 'FINANCIAL_RESILIENCE'], targetGroups: ['VULNERABLE_FARMERS'], activeIn: ['mun-diksmuide'], since: '2019-04-01' }],
  [ORG, 'org-boerenbond-diksmuide', 'Boerenbond afdeling Diksmuide', { domains: ['ECONOMY'], targetGroups: ['VULNERABLE_FARMERS'], locatedIn: 'mun-diksmuide' }],
  [ORG, 'org-dierenarts-ijzervallei', 'Dierenartsenpraktijk IJzervallei', { description: 'Ziet als eerste wanneer het op een bedrijf misloopt.', domains: ['ECONOMY'], targetGroups: ['VULNERABLE_FARMERS'], locatedIn: nbh('beerst') }],
  [ORG, 'org-boekhouding-westhoek', 'Agrarisch boekhoudkantoor Westhoek', { domains: ['ECONOMY', 'FINANCIAL_RESILIENCE'], targetGroups: ['VULNERABLE_FARMERS'], locatedIn: nbh('centrum') }],
  [INI, 'ini-landelijke-gilde-woumen', 'Landelijke Gilde Woumen', { domains: ['LEISURE', 'ECONOMY'], targetGroups: ['VULNERABLE_FARMERS', 'OLDER_PEOPLE_ALONE'], locatedIn: nbh('woumen') }],
  [INI, 'ini-boerenhulp-esen', 'Vrijwillige boerenhulp Esen', { domains: ['ECONOMY', 'WELFARE'], targetGroups: ['VULNERABLE_FARMERS'], locatedIn: nbh('esen'), since: '2020-01-01' }],
  [ORG, 'org-wzc-diksmuide', 'Woonzorgcentrum IJzerhof', { domains: ['CARE', 'HOUSING'], targetGroups: ['OLDER_PEOPLE_ALONE', 'CHRONICALLY_ILL'], locatedIn: nbh('centrum') }],
  [ORG, 'org-hak-westkust', 'Huisartsenkring Westkust-Polder', { domains: ['CARE'], targetGroups: ['CHRONICALLY_ILL', 'OLDER_PEOPLE_ALONE'], locatedIn: 'mun-diksmuide', activeIn: ['mun-veurne', 'mun-nieuwpoort', 'mun-koksijde'] }],
  [ORG, 'org-ldc-diksmuide', 'Lokaal dienstencentrum Diksmuide', { domains: ['WELFARE', 'LEISURE'], targetGroups: ['OLDER_PEOPLE_ALONE', 'FAMILY_CARERS'], locatedIn: nbh('centrum') }],
  [ORG, 'org-bs-vladslo', 'Basisschool Vladslo', { domains: ['EDUCATION'], targetGroups: ['CHILDREN_0_12'], locatedIn: nbh('vladslo') }],
  [INI, 'ini-breigroep-woumen', 'Breigroep Woumen', { domains: ['LEISURE'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: nbh('woumen') }],
  [INI, 'ini-mantelzorg-kaaskerke', 'Mantelzorggroep Kaaskerke', { domains: ['CARE'], targetGroups: ['FAMILY_CARERS'], locatedIn: nbh('kaaskerke'), since: '2021-01-01' }],
  [ORG, 'org-sociaal-huis-veurne', 'Sociaal Huis Veurne', { domains: ['WELFARE', 'HOUSING'], targetGroups: ['POVERTY', 'NEWCOMERS'], locatedIn: 'nbh-veurne-centrum' }],
  [ORG, 'org-ijzer-en-polder-wonen', 'IJzer en Polder (sociale huisvesting)', { domains: ['HOUSING'], targetGroups: ['POVERTY', 'OLDER_PEOPLE_ALONE'], locatedIn: 'mun-diksmuide', activeIn: ['mun-veurne', 'mun-alveringem', 'mun-lo-reninge'] }],
  [ORG, 'org-ocmw-nieuwpoort', 'OCMW Nieuwpoort', { domains: ['WELFARE', 'CARE'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: 'mun-nieuwpoort', activeIn: ['nbh-nieuwpoort-nieuwpoort-bad'] }],
  [ORG, 'org-az-west', 'AZ West', { domains: ['CARE'], targetGroups: ['CHRONICALLY_ILL'], locatedIn: 'mun-veurne' }],
  [ORG, 'org-sociaal-huis-koksijde', 'Sociaal Huis Koksijde', { domains: ['WELFARE', 'FINANCIAL_RESILIENCE'], targetGroups: ['OLDER_PEOPLE_ALONE', 'POVERTY'], locatedIn: 'mun-koksijde', activeIn: ['nbh-koksijde-oostduinkerke'] }],
  [INI, 'ini-zorgzame-straat-oostduinkerke', 'Zorgzame straat Oostduinkerke', { domains: ['CARE', 'WELFARE'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: 'nbh-koksijde-oostduinkerke', since: '2022-10-01' }],
  [ORG, 'org-sociaal-huis-de-panne', 'Sociaal Huis De Panne', { domains: ['WELFARE'], targetGroups: ['POVERTY'], locatedIn: 'mun-de-panne' }],
  [ORG, 'org-ldc-alveringem', 'Lokaal dienstencentrum Alveringem', { domains: ['WELFARE'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: 'mun-alveringem' }],
  [INI, 'ini-buurthulp-lo-reninge', 'Buurthulp Lo-Reninge', { domains: ['WELFARE', 'MOBILITY'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: 'mun-lo-reninge' }],
  [ORG, 'org-sociaal-huis-koekelare', 'Sociaal Huis Koekelare', { domains: ['WELFARE'], targetGroups: ['POVERTY'], locatedIn: 'mun-koekelare' }],
  [ORG, 'org-sociaal-huis-kortemark', 'Sociaal Huis Kortemark', { domains: ['WELFARE', 'WORK'], targetGroups: ['POVERTY', 'YOUNG_ADULTS_18_25'], locatedIn: 'mun-kortemark' }],
  [INI, 'ini-buurthuis-adinkerke', 'Buurthuis Adinkerke', { domains: ['LEISURE', 'WELFARE'], targetGroups: ['NEWCOMERS', 'OLDER_PEOPLE_ALONE'], locatedIn: 'mun-de-panne', since: '2021-06-01' }],
  [ORG, 'org-wzc-koekelare', 'Woonzorgcentrum Koekelare', { domains: ['CARE', 'HOUSING'], targetGroups: ['OLDER_PEOPLE_ALONE', 'CHRONICALLY_ILL'], locatedIn: 'mun-koekelare' }],
  [INI, 'ini-dorpshuis-handzame', 'Dorpshuis Handzame', { domains: ['LEISURE'], targetGroups: ['OLDER_PEOPLE_ALONE', 'YOUNG_FAMILIES'], locatedIn: 'mun-kortemark', since: '2022-04-01' }],
  [INI, 'ini-landelijke-gilde-houthulst', 'Landelijke Gilde Houthulst', { domains: ['LEISURE', 'ECONOMY'], targetGroups: ['VULNERABLE_FARMERS', 'OLDER_PEOPLE_ALONE'], locatedIn: 'mun-houthulst' }],
  [ORG, 'org-sociaal-huis-houthulst', 'Sociaal Huis Houthulst', { domains: ['WELFARE'], targetGroups: ['OLDER_PEOPLE_ALONE', 'VULNERABLE_FARMERS'], locatedIn: 'mun-houthulst' }],
];

const ties: readonly TieRow[] = [
  // The farmers' cluster: every tie stays inside it or runs to the Sociaal Huis (the broker).
  ['org-sociaal-huis-diksmuide', 'LEAD_OF', 'prj-landbouwers-diksmuide', '2019-04-01'],
  ['org-sociaal-huis-diksmuide', 'PARTNERS_WITH', 'org-boeren-op-een-kruispunt', '2019-04-01'],
  ['org-boeren-op-een-kruispunt', 'PARTNERS_WITH', 'prj-landbouwers-diksmuide', '2019-04-01'],
  ['org-boerenbond-diksmuide', 'PARTNERS_WITH', 'prj-landbouwers-diksmuide', '2019-04-01'],
  ['org-boerenbond-diksmuide', 'PARTNERS_WITH', 'org-boeren-op-een-kruispunt', '2019-04-01'],
  ['org-dierenarts-ijzervallei', 'REFERS_TO', 'org-boeren-op-een-kruispunt', '2019-10-01'],
  ['org-dierenarts-ijzervallei', 'PARTNERS_WITH', 'prj-landbouwers-diksmuide', '2020-01-01'],
  ['org-boekhouding-westhoek', 'REFERS_TO', 'org-sociaal-huis-diksmuide', '2020-06-01'],
  ['org-boekhouding-westhoek', 'PARTNERS_WITH', 'prj-landbouwers-diksmuide', '2020-06-01', '2023-05-31'],
  ['ini-landelijke-gilde-woumen', 'PARTNERS_WITH', 'prj-landbouwers-diksmuide', '2019-09-01'],
  ['ini-landelijke-gilde-woumen', 'PARTNERS_WITH', 'org-boerenbond-diksmuide', '2019-01-01'],
  ['ini-boerenhulp-esen', 'PARTNERS_WITH', 'prj-landbouwers-diksmuide', '2020-01-01'],
  ['ini-boerenhulp-esen', 'REFERS_TO', 'org-boeren-op-een-kruispunt', '2020-01-01'],
  ['org-sociaal-huis-diksmuide', 'FUNDS', 'ini-boerenhulp-esen', '2021-01-01'],
  // The rest of Diksmuide and the Westkust.
  ['mun-diksmuide', 'PARTNERS_WITH', 'org-sociaal-huis-diksmuide', '2019-01-01'],
  ['mun-diksmuide', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['org-sociaal-huis-diksmuide', 'PARTNERS_WITH', 'org-caw-nwvl', '2019-01-01'],
  ['org-sociaal-huis-diksmuide', 'REFERS_TO', 'org-caw-nwvl', '2019-01-01'],
  ['org-sociaal-huis-diksmuide', 'PARTNERS_WITH', 'org-ldc-diksmuide', '2019-01-01'],
  ['org-sociaal-huis-diksmuide', 'PARTNERS_WITH', 'org-ijzer-en-polder-wonen', '2019-01-01'],
  ['org-sociaal-huis-diksmuide', 'PARTNERS_WITH', 'org-hak-westkust', '2020-01-01'],
  ['org-sociaal-huis-diksmuide', 'REFERS_TO', 'org-cgg-nwvl', '2019-04-01'],
  ['org-wzc-diksmuide', 'PARTNERS_WITH', 'org-ldc-diksmuide', '2019-01-01'],
  ['org-wzc-diksmuide', 'PARTNERS_WITH', 'org-hak-westkust', '2019-01-01'],
  ['org-hak-westkust', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['org-hak-westkust', 'REFERS_TO', 'org-az-west', '2019-01-01'],
  ['org-az-west', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['org-ldc-diksmuide', 'PARTNERS_WITH', 'ini-mantelzorg-kaaskerke', '2021-01-01'],
  ['org-zorgnetwerken-wvl', 'COACHES', 'ini-mantelzorg-kaaskerke', '2021-01-01', '2022-12-31'],
  ['org-bs-vladslo', 'PARTNERS_WITH', 'org-opgroeien-wvl', '2019-01-01'],
  ['org-bs-vladslo', 'PARTNERS_WITH', 'mun-diksmuide', '2019-01-01'],
  ['mun-veurne', 'PARTNERS_WITH', 'org-sociaal-huis-veurne', '2019-01-01'],
  ['org-sociaal-huis-veurne', 'PARTNERS_WITH', 'org-ijzer-en-polder-wonen', '2019-01-01'],
  ['org-sociaal-huis-veurne', 'REFERS_TO', 'org-caw-nwvl', '2019-01-01'],
  ['org-sociaal-huis-veurne', 'PARTNERS_WITH', 'org-az-west', '2021-01-01'],
  ['mun-nieuwpoort', 'PARTNERS_WITH', 'org-ocmw-nieuwpoort', '2019-01-01'],
  ['org-ocmw-nieuwpoort', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['org-ocmw-nieuwpoort', 'REFERS_TO', 'org-az-west', '2019-01-01'],
  ['mun-koksijde', 'PARTNERS_WITH', 'org-sociaal-huis-koksijde', '2019-01-01'],
  ['org-sociaal-huis-koksijde', 'PARTNERS_WITH', 'ini-zorgzame-straat-oostduinkerke', '2022-10-01'],
  ['org-sociaal-huis-koksijde', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['mun-de-panne', 'PARTNERS_WITH', 'org-sociaal-huis-de-panne', '2019-01-01'],
  ['org-sociaal-huis-de-panne', 'PARTNERS_WITH', 'org-sociaal-huis-koksijde', '2020-01-01'],
  ['mun-alveringem', 'PARTNERS_WITH', 'org-ldc-alveringem', '2019-01-01'],
  ['org-ldc-alveringem', 'PARTNERS_WITH', 'org-ijzer-en-polder-wonen', '2021-01-01'],
  ['mun-lo-reninge', 'PARTNERS_WITH', 'ini-buurthulp-lo-reninge', '2019-06-01'],
  ['org-ijzer-en-polder-wonen', 'PARTNERS_WITH', 'mun-lo-reninge', '2019-01-01'],
  ['mun-koekelare', 'PARTNERS_WITH', 'org-sociaal-huis-koekelare', '2019-01-01'],
  ['org-sociaal-huis-koekelare', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['mun-kortemark', 'PARTNERS_WITH', 'org-sociaal-huis-kortemark', '2019-01-01'],
  ['org-sociaal-huis-kortemark', 'REFERS_TO', 'org-vdab-nwvl', '2019-01-01'],
  ['mun-houthulst', 'PARTNERS_WITH', 'org-sociaal-huis-houthulst', '2019-01-01'],
  ['org-sociaal-huis-houthulst', 'PARTNERS_WITH', 'cz-westkust-polder', '2020-01-01'],
  ['org-sociaal-huis-houthulst', 'PARTNERS_WITH', 'ini-landelijke-gilde-houthulst', '2025-02-01'],
  ['ini-buurthuis-adinkerke', 'PARTNERS_WITH', 'org-sociaal-huis-de-panne', '2021-06-01'],
  ['mun-de-panne', 'FUNDS', 'ini-buurthuis-adinkerke', '2022-01-01', '2024-12-31'],
  ['org-wzc-koekelare', 'PARTNERS_WITH', 'org-sociaal-huis-koekelare', '2019-01-01'],
  ['org-wzc-koekelare', 'PARTNERS_WITH', 'org-hak-westkust', '2023-01-01'],
  ['ini-dorpshuis-handzame', 'PARTNERS_WITH', 'org-sociaal-huis-kortemark', '2022-04-01'],
  ['mun-kortemark', 'FUNDS', 'ini-dorpshuis-handzame', '2023-01-01'],
];

export function addWesthoek(b: GraphBuilder): void {
  b.placedAll(actors);
  b.ties(ties);
}
