import { INI, ORG, PRJ, type ActorRow, type GraphBuilder, type TieRow } from './graph-builder';

/**
 * The remaining examples of the seed documents: Chateau Superette at woonzorgcentrum Mariënstede in
 * Dadizele (a caring-neighbourhood example; its accented name is what the folded search is for) and
 * neighbourhood-oriented care in Limburg, here in two Genk neighbourhoods.
 */
const actors: readonly ActorRow[] = [
  [ORG, 'org-wzc-marienstede', 'Woonzorgcentrum Mariënstede', { domains: ['CARE', 'HOUSING', 'WELFARE'], targetGroups: ['OLDER_PEOPLE_ALONE', 'CHRONICALLY_ILL'], locatedIn: 'nbh-moorslede-dadizele' }],
  [PRJ, 'prj-chateau-superette', 'Chateau Superette', { description: 'Buurtwinkel en ontmoetingsplek in het woonzorgcentrum, open voor de hele buurt.', domains: ['WELFARE', 'ECONOMY', 'LEISURE'], targetGroups: ['OLDER_PEOPLE_ALONE', 'DISABILITY', 'FAMILY_CARERS'], locatedIn: 'nbh-moorslede-dadizele', since: '2021-09-01' }],
  [INI, 'ini-vrijwilligers-dadizele', 'Vrijwilligersploeg Chateau Superette', { domains: ['WELFARE', 'LEISURE'], targetGroups: ['OLDER_PEOPLE_ALONE'], locatedIn: 'nbh-moorslede-dadizele', since: '2021-09-01' }],
  [ORG, 'org-provincie-limburg', 'Provincie Limburg', { description: 'Trekker van buurtgerichte zorg in Limburg.', domains: ['WELFARE', 'CARE', 'SPATIAL_PLANNING'], activeIn: ['cz-genk'] }],
  [PRJ, 'prj-buurtgerichte-zorg-winterslag', 'Buurtgerichte zorg Winterslag', { domains: ['CARE', 'WELFARE', 'HOUSING'], targetGroups: ['OLDER_PEOPLE_ALONE', 'NEWCOMERS', 'CHRONICALLY_ILL'], locatedIn: 'nbh-genk-winterslag', since: '2019-01-01' }],
  [ORG, 'org-wgc-winterslag', 'Wijkgezondheidscentrum Winterslag', { domains: ['CARE'], targetGroups: ['CHRONICALLY_ILL', 'NEWCOMERS', 'POVERTY'], locatedIn: 'nbh-genk-winterslag' }],
  [ORG, 'org-buurtwerk-waterschei', 'Buurtwerk Waterschei', { domains: ['WELFARE', 'LEISURE'], targetGroups: ['YOUTH_12_18', 'NEWCOMERS'], locatedIn: 'nbh-genk-waterschei' }],
  [ORG, 'org-nieuw-dak', 'Nieuw Dak (sociale huisvesting Genk)', { domains: ['HOUSING'], targetGroups: ['POVERTY', 'OLDER_PEOPLE_ALONE'], locatedIn: 'mun-genk', activeIn: ['nbh-genk-winterslag', 'nbh-genk-waterschei'] }],
  [INI, 'ini-buurtkeuken-winterslag', 'Buurtkeuken Winterslag', { domains: ['LEISURE', 'WELFARE'], targetGroups: ['POVERTY', 'NEWCOMERS', 'OLDER_PEOPLE_ALONE'], locatedIn: 'nbh-genk-winterslag', since: '2020-10-01' }],
];

const ties: readonly TieRow[] = [
  ['org-wzc-marienstede', 'LEAD_OF', 'prj-chateau-superette', '2021-09-01'],
  ['ini-vrijwilligers-dadizele', 'PARTNERS_WITH', 'prj-chateau-superette', '2021-09-01'],
  ['mun-moorslede', 'PARTNERS_WITH', 'prj-chateau-superette', '2021-09-01'],
  ['org-departement-zorg', 'FUNDS', 'prj-chateau-superette', '2022-01-01', '2023-12-31'],
  ['mun-moorslede', 'PARTNERS_WITH', 'org-wzc-marienstede', '2019-01-01'],
  ['org-wzc-marienstede', 'PARTNERS_WITH', 'cz-regio-roeselare', '2020-01-01'],
  ['mun-genk', 'LEAD_OF', 'prj-buurtgerichte-zorg-winterslag', '2019-01-01'],
  ['org-provincie-limburg', 'FUNDS', 'prj-buurtgerichte-zorg-winterslag', '2019-01-01', '2021-12-31'],
  ['org-provincie-limburg', 'COACHES', 'mun-genk', '2019-01-01'],
  ['org-wgc-winterslag', 'PARTNERS_WITH', 'prj-buurtgerichte-zorg-winterslag', '2019-01-01'],
  ['org-nieuw-dak', 'PARTNERS_WITH', 'prj-buurtgerichte-zorg-winterslag', '2019-06-01'],
  ['ini-buurtkeuken-winterslag', 'PARTNERS_WITH', 'prj-buurtgerichte-zorg-winterslag', '2020-10-01'],
  ['org-buurtwerk-waterschei', 'PARTNERS_WITH', 'org-wgc-winterslag', '2020-01-01'],
  ['org-buurtwerk-waterschei', 'PARTNERS_WITH', 'mun-genk', '2019-01-01'],
  ['org-wgc-winterslag', 'PARTNERS_WITH', 'cz-genk', '2020-01-01'],
  ['mun-genk', 'PARTNERS_WITH', 'cz-genk', '2020-01-01'],
  ['org-vvsg', 'PARTNERS_WITH', 'org-provincie-limburg', '2019-01-01'],
  ['org-nieuw-dak', 'PARTNERS_WITH', 'org-buurtwerk-waterschei', '2024-04-01'],
];

export function addOtherExamples(b: GraphBuilder): void {
  b.placedAll(actors);
  b.ties(ties);
}
