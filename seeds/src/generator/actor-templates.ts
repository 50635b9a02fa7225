import type { LifeDomain, NodeKind, TargetGroup } from '@weefsel/graph-schema';

/** A kind of actor that shows up in every municipality, with its plausible domains and groups. */
export interface ActorTemplate {
  kind: NodeKind;
  /** Name prefix; the place follows ("Lokaal dienstencentrum Oosterbeke-Molenhoek"). */
  name: string;
  weight: number;
  /** Always present. */
  domains: readonly LifeDomain[];
  /** Each added with a small chance, so domains overlap across actors. */
  extraDomains: readonly LifeDomain[];
  /** One or more of these. */
  targetGroups: readonly TargetGroup[];
  /** Neighbourhood-level actors sit in a neighbourhood when the municipality has any. */
  local: boolean;
}

type Row = [name: string, weight: number, domains: LifeDomain[], extra: LifeDomain[], groups: TargetGroup[], local: boolean];

const organisations: Row[] = [
  ['Sociaal Huis', 3, ['WELFARE', 'FINANCIAL_RESILIENCE'], ['HOUSING', 'CARE'], ['POVERTY', 'OLDER_PEOPLE_ALONE', 'NEWCOMERS'], false],
  ['CAW-onthaal', 2, ['WELFARE'], ['HOUSING', 'FINANCIAL_RESILIENCE', 'SAFETY'], ['POVERTY', 'YOUNG_ADULTS_18_25', 'YOUTH_BEHAVIOURAL'], false],
  ['Woonzorgcentrum', 6, ['CARE', 'HOUSING'], ['WELFARE'], ['OLDER_PEOPLE_ALONE', 'CHRONICALLY_ILL'], true],
  ['Huisartsenpraktijk', 8, ['CARE'], [], ['CHRONICALLY_ILL', 'OLDER_PEOPLE_ALONE', 'YOUNG_FAMILIES'], true],
  ['Lokaal dienstencentrum', 5, ['WELFARE', 'LEISURE'], ['CARE', 'MOBILITY'], ['OLDER_PEOPLE_ALONE', 'FAMILY_CARERS'], true],
  ['Sociale huisvestingsmaatschappij', 2, ['HOUSING'], ['SPATIAL_PLANNING'], ['POVERTY', 'OLDER_PEOPLE_ALONE', 'DISABILITY'], false],
  ['Basisschool', 8, ['EDUCATION'], ['LEISURE'], ['CHILDREN_0_12', 'YOUNG_FAMILIES'], true],
  ['Secundaire school', 3, ['EDUCATION'], ['WORK'], ['YOUTH_12_18', 'YOUTH_BEHAVIOURAL'], false],
  ['Buurtwerk', 4, ['WELFARE', 'LEISURE'], ['SAFETY', 'SPATIAL_PLANNING'], ['POVERTY', 'NEWCOMERS', 'YOUTH_12_18'], true],
  ['Mutualiteit, afdeling', 3, ['CARE', 'FINANCIAL_RESILIENCE'], ['WELFARE'], ['CHRONICALLY_ILL', 'DISABILITY', 'FAMILY_CARERS'], false],
  ['Thuiszorgdienst', 3, ['CARE'], ['WELFARE'], ['OLDER_PEOPLE_ALONE', 'DISABILITY', 'FAMILY_CARERS'], false],
  ['Kinderopvang', 5, ['EDUCATION', 'WELFARE'], [], ['YOUNG_FAMILIES', 'CHILDREN_0_12'], true],
  ['Centrum geestelijke gezondheidszorg', 1, ['CARE'], ['WELFARE'], ['YOUTH_BEHAVIOURAL', 'CHRONICALLY_ILL'], false],
  ['Maatwerkbedrijf', 2, ['WORK', 'ECONOMY'], ['MOBILITY'], ['DISABILITY', 'YOUNG_ADULTS_18_25'], false],
  ['Handelaarsvereniging', 3, ['ECONOMY'], ['WORK', 'SPATIAL_PLANNING'], ['YOUNG_ADULTS_18_25'], false],
  ['Sportclub', 6, ['LEISURE'], ['EDUCATION'], ['CHILDREN_0_12', 'YOUTH_12_18'], true],
  ['Bibliotheek', 2, ['LEISURE', 'EDUCATION'], [], ['NEWCOMERS', 'CHILDREN_0_12'], false],
  ['Politiezone', 1, ['SAFETY'], ['MOBILITY'], ['YOUTH_BEHAVIOURAL'], false],
  ['Mobiliteitsdienst', 1, ['MOBILITY'], ['SPATIAL_PLANNING'], ['OLDER_PEOPLE_ALONE', 'DISABILITY'], false],
  ['Dienst ruimtelijke ordening', 1, ['SPATIAL_PLANNING'], ['HOUSING', 'MOBILITY'], ['OLDER_PEOPLE_ALONE'], false],
  ['Landbouwersvereniging', 1, ['ECONOMY'], ['WELFARE'], ['VULNERABLE_FARMERS'], false],
  ['Onthaalbureau inburgering', 1, ['EDUCATION', 'WORK'], ['WELFARE'], ['NEWCOMERS'], false],
  ['Schuldhulpverlening', 1, ['FINANCIAL_RESILIENCE'], ['WELFARE'], ['POVERTY', 'YOUNG_ADULTS_18_25'], false],
  ['Voorziening voor personen met een handicap', 2, ['CARE', 'HOUSING'], ['WORK', 'LEISURE'], ['DISABILITY'], false],
];

const initiatives: Row[] = [
  ['Buurtcomité', 6, ['LEISURE'], ['SAFETY', 'SPATIAL_PLANNING'], ['OLDER_PEOPLE_ALONE', 'YOUNG_FAMILIES'], true],
  ['Repair Café', 3, ['ECONOMY', 'FINANCIAL_RESILIENCE'], [], ['POVERTY'], true],
  ['Burenhulp', 6, ['WELFARE'], ['MOBILITY', 'CARE'], ['OLDER_PEOPLE_ALONE', 'DISABILITY'], true],
  ['Zorgzame straat', 4, ['CARE', 'WELFARE'], [], ['OLDER_PEOPLE_ALONE', 'FAMILY_CARERS'], true],
  ['Mantelzorggroep', 3, ['CARE'], ['WELFARE'], ['FAMILY_CARERS', 'CHRONICALLY_ILL'], false],
  ['Buurtmoestuin', 3, ['LEISURE'], ['SPATIAL_PLANNING', 'ECONOMY'], ['POVERTY', 'NEWCOMERS'], true],
  ['Praatgroep Nederlands', 2, ['EDUCATION'], ['LEISURE'], ['NEWCOMERS'], true],
  ['Huiswerkklas', 2, ['EDUCATION'], [], ['CHILDREN_0_12', 'YOUTH_12_18', 'POVERTY'], true],
  ['Deelauto-groep', 1, ['MOBILITY'], ['ECONOMY'], ['OLDER_PEOPLE_ALONE', 'YOUNG_FAMILIES'], true],
  ['Buurtinformatienetwerk', 2, ['SAFETY'], [], ['OLDER_PEOPLE_ALONE'], true],
  ['Vrijwillige boerenhulp', 1, ['ECONOMY', 'WELFARE'], [], ['VULNERABLE_FARMERS'], false],
  ['Jongerencollectief', 2, ['LEISURE'], ['EDUCATION'], ['YOUTH_12_18', 'YOUNG_ADULTS_18_25', 'YOUTH_BEHAVIOURAL'], true],
];

const projects: Row[] = [
  ['Zorgzame buurt', 5, ['CARE', 'WELFARE'], ['HOUSING', 'LEISURE'], ['OLDER_PEOPLE_ALONE', 'FAMILY_CARERS', 'CHRONICALLY_ILL'], true],
  ['Woonzorgbuurt', 2, ['HOUSING', 'CARE'], ['SPATIAL_PLANNING'], ['OLDER_PEOPLE_ALONE', 'DISABILITY'], true],
  ['Geïntegreerd breed onthaal', 2, ['WELFARE', 'FINANCIAL_RESILIENCE'], ['CARE'], ['POVERTY'], false],
  ['Gezinscoaching', 2, ['WELFARE', 'CARE'], ['HOUSING'], ['YOUNG_FAMILIES', 'CHILDREN_0_12', 'POVERTY'], false],
  ['Outreach landbouwers', 1, ['WELFARE', 'ECONOMY'], ['FINANCIAL_RESILIENCE'], ['VULNERABLE_FARMERS'], false],
  ['Samen tegen eenzaamheid', 2, ['WELFARE', 'LEISURE'], ['MOBILITY'], ['OLDER_PEOPLE_ALONE'], true],
  ['Jobcoaching', 2, ['WORK', 'EDUCATION'], ['ECONOMY'], ['YOUNG_ADULTS_18_25', 'DISABILITY', 'NEWCOMERS'], false],
  ['Energiesnoeiers', 1, ['HOUSING', 'FINANCIAL_RESILIENCE'], [], ['POVERTY'], false],
  ['Jeugdhulp in de buurt', 1, ['WELFARE', 'EDUCATION'], ['SAFETY'], ['YOUTH_BEHAVIOURAL', 'YOUTH_12_18'], true],
];

function templates(kind: NodeKind, rows: Row[]): ActorTemplate[] {
  return rows.map(([name, weight, domains, extraDomains, targetGroups, local]) => ({ kind, name, weight, domains, extraDomains, targetGroups, local }));
}

export const actorTemplates = {
  Organisation: templates('Organisation', organisations),
  CitizenInitiative: templates('CitizenInitiative', initiatives),
  Project: templates('Project', projects),
} as const;

/**
 * Templates whose actors start out popular (an intake desk, a welfare centre): they become the hubs
 * that preferential attachment then reinforces, as in real local networks.
 */
export const hubTemplates: ReadonlySet<string> = new Set(['Sociaal Huis', 'CAW-onthaal', 'Buurtwerk', 'Lokaal dienstencentrum', 'Mutualiteit, afdeling']);

/** Transition managers are fictional people: example surnames, example.org addresses. */
export const firstNames = ['An', 'Bram', 'Chloë', 'Dries', 'Eva', 'Fien', 'Gert', 'Hanne', 'Ilias', 'Jana', 'Kobe', 'Lotte', 'Mehdi', 'Nina', 'Olivier', 'Pieter', 'Rani', 'Sam', 'Tine', 'Wout'];
export const fictionalSurnames = ['Voorbeeld', 'Verzonnen', 'Fictief', 'Proef', 'Demo', 'Denkbeeld', 'Verzinsel', 'Schets', 'Ontwerp', 'Testmans'];
